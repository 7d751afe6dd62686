// Package zipcheck checks an AWS Lambda deployment package (a .zip) and its
// layers before they are uploaded, and reports what would make the upload
// fail or the function break at run time.
//
// Lambda gives poor feedback on a bad package: an upload over a limit is
// rejected with a bare size, a bootstrap zipped from Windows fails every
// invocation with "permission denied", a binary for the wrong architecture
// with "exec format error", a handler file one folder too deep with
// "Runtime.ImportModuleError". zipcheck finds these before deployment and
// says how to fix them.
//
// What it checks:
//
//   - sizes: the zipped size against the 50 MiB direct-upload limit, the
//     unzipped size of the function plus its layers against 250 MiB, the
//     number of layers against 5 (rules size-zipped, size-unzipped,
//     layers-count);
//   - OS-only runtimes (provided.al2023, provided.al2): a bootstrap at the
//     root of the package or of a layer, with execute bits, that is a Linux
//     ELF executable for the function's architecture (or a script with a #!
//     line), linked against a glibc the runtime has; for a Go binary, the
//     build settings recorded in its build information (rules
//     bootstrap-missing, bootstrap-nested, bootstrap-not-executable,
//     bootstrap-arch, bootstrap-glibc, go-build);
//   - other runtimes: the file, class or assembly named by the handler is
//     where the runtime looks for it, dependencies and layer contents are
//     where the runtime loads them from, native libraries match the
//     platform (rules handler-missing, layout, native-platform,
//     runtime-deprecated);
//   - safety and hygiene: unsafe entry paths and symlinks, credentials,
//     zip bombs, duplicate, encrypted or unextractable entries, files the
//     runtime user cannot read, and files the function never needs (rules
//     path-unsafe, secret, zip-bomb, zip-duplicate, zip-encrypted,
//     zip-method, permissions, junk).
//
// The checker reads the archive's central directory and, for the few
// entries a check needs, only the bytes it needs: the header of an
// executable or native library, one streamed pass over the bootstrap for its
// build information, the first bytes of small text files for secrets, the
// directory of a jar. It never extracts to disk, and its memory grows with
// the number of entries, not with the size of the archive. The archive is
// read with ReadAt through small reused buffers, not mapped: on a fresh
// process every page touched is a page fault, and mapping a 250 MiB
// package or holding its directory in memory cost more than the reads
// (directory.go parses the central directory, held to archive/zip's
// results by FuzzDirectory; content.go reads a small entry, or a run of
// neighbouring ones, in one ReadAt). Entries read to their end have their
// CRC-32 checked.
//
// Bad input (a missing file, a directory, an empty, truncated or corrupt
// zip, a layer that is not a zip) is an error from Check, one line saying
// what and where; it never panics.
package zipcheck
