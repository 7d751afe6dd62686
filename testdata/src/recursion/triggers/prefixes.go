package main

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// WrongPrefix skips "processed/" but writes under "thumbs/": every
// thumbnail triggers another invocation, which makes a thumbnail of it.
//
//lambdalint:handler
func WrongPrefix(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.HasPrefix(key, "processed/") {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("thumbs/" + key)}); err != nil { // want `s3 PutObject writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// OnlyUploads handles "uploads/" alone but writes its output back under
// "uploads/": still a loop.
//
//lambdalint:handler
func OnlyUploads(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasPrefix(key, "uploads/") {
			continue
		}
		out := fmt.Sprintf("uploads/resized/%s", path.Base(key))
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: &out}); err != nil { // want `s3 PutObject writes to the s3 bucket`
			return err
		}
	}
	return nil
}

// MatchingPrefixes: the guards skip exactly what is written. Silent.
//
//lambdalint:handler
func MatchingPrefixes(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasPrefix(key, "uploads/") {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(path.Join("thumbs", path.Base(key)))}); err != nil {
			return err
		}
	}
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.HasPrefix(key, "thumbs/") {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("thumbs/" + key)}); err != nil {
			return err
		}
	}
	return nil
}

// OtherGuard skips by extension, a shape the prefix check leaves alone:
// silent.
//
//lambdalint:handler
func OtherGuard(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if path.Ext(key) != ".jpg" {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(strings.TrimSuffix(key, ".jpg") + ".webp")}); err != nil {
			return err
		}
	}
	return nil
}

// FolderMarkers skips the empty key and the "folder/" markers consoles
// create: neither tells a resized copy from an upload, so every copy is
// resized again.
//
//lambdalint:handler
func FolderMarkers(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if key == "" || strings.HasSuffix(key, "/") {
			continue
		}
		if len(key) == 0 {
			return nil
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("resized-" + key)}); err != nil { // want `s3 PutObject writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// SameExtension handles .jpg files alone and writes a .jpg next to each:
// the copy is a .jpg too, and is resized again.
//
//lambdalint:handler
func SameExtension(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasSuffix(key, ".jpg") {
			continue
		}
		out := strings.TrimSuffix(key, ".jpg") + "-small.jpg"
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(out)}); err != nil { // want `s3 PutObject writes to the s3 bucket`
			return err
		}
	}
	return nil
}

// SameExtensionFolded is SameExtension through filepath.Ext, lower-cased,
// and a Sprintf.
//
//lambdalint:handler
func SameExtensionFolded(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.ToLower(path.Ext(key)) != ".png" {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(fmt.Sprintf("%s-%d.PNG", strings.TrimSuffix(key, ".png"), 128))}); err != nil { // want `s3 PutObject writes to the s3 bucket`
			return err
		}
	}
	return nil
}

// SkipsItsSuffix skips the suffix it writes, after the folder-marker
// test: silent.
//
//lambdalint:handler
func SkipsItsSuffix(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.HasSuffix(key, "/") {
			continue
		}
		if strings.HasSuffix(key, "-small.jpg") {
			continue
		}
		out := fmt.Sprintf("%s-small.jpg", strings.TrimSuffix(key, ".jpg"))
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: &out}); err != nil {
			return err
		}
	}
	return nil
}

// HelperGuard asks a helper whether the key is an output: a guard whose
// test is not known counts. Silent.
//
//lambdalint:handler
func HelperGuard(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if key == "" || isOutput(key) {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(key + ".out")}); err != nil {
			return err
		}
	}
	return nil
}

func isOutput(key string) bool { return strings.Contains(key, ".out") }

// PerRecord hands each record to a helper that skips its own outputs
// before writing them back: the guard is in the helper. Silent.
//
//lambdalint:handler
func PerRecord(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if err := resize(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func resize(ctx context.Context, r events.S3EventRecord) error {
	key := r.S3.Object.Key
	if strings.HasPrefix(key, "resized/") {
		return nil
	}
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("resized/" + key)})
	return err
}

// PerRecordUnguarded's helper writes back without a guard.
//
//lambdalint:handler
func PerRecordUnguarded(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if err := shrink(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func shrink(ctx context.Context, r events.S3EventRecord) error {
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("small/" + r.S3.Object.Key)}) // want `s3 PutObject \(via main.shrink\) writes to the s3 bucket that triggered this function`
	return err
}

// CSVOnly handles .csv uploads and writes its output under processed/:
// the output ends as the upload did, a .csv, and is handled again.
//
//lambdalint:handler
func CSVOnly(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasSuffix(key, ".csv") {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("processed/" + key)}); err != nil { // want `s3 PutObject writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// IncomingOnly handles keys under incoming/ and marks each done next to
// it: the marker starts as the upload did, and is handled again.
//
//lambdalint:handler
func IncomingOnly(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasPrefix(key, "incoming/") {
			continue
		}
		done := fmt.Sprintf("%s.done", key)
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: &done}); err != nil { // want `s3 PutObject writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// CSVToJSON handles .csv uploads and writes .json: the output is not
// handled. Silent.
//
//lambdalint:handler
func CSVToJSON(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasSuffix(key, ".csv") {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(strings.TrimSuffix(key, ".csv") + ".json")}); err != nil {
			return err
		}
	}
	return nil
}

// ArchiveOrCSV skips archived keys and anything but .csv in one test,
// and writes a .csv under processed/: handled again.
//
//lambdalint:handler
func ArchiveOrCSV(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.HasPrefix(key, "archive/") || !strings.HasSuffix(key, ".csv") {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("processed/" + key)}); err != nil { // want `s3 PutObject writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// ProcessedOrSize skips processed keys, or large objects: silent.
//
//lambdalint:handler
func ProcessedOrSize(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.HasPrefix(key, "processed/") || r.S3.Object.Size > 1<<20 {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("processed/" + key)}); err != nil {
			return err
		}
	}
	return nil
}
