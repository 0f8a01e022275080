package storage

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The cache file carries the embedded caches (see docCache) from a clean
// stop to the next start, so that a restart does not decode every cached
// collection through FerretDB again (seconds on a large network).
//
// Why it is never stale: every start of the embedded store writes a new
// random epoch into the database before any other write and deletes the
// file it found; a clean stop writes the file with the current epoch after
// the last write and after the server has shut down. So the file's epoch
// equals the database's only when no write has happened since the file was
// written: after a crash, a restored backup of the database alone or a
// start that could not record its epoch, the epochs differ and the file is
// ignored. A file written by another build is ignored too, because what
// the caches hold depends on the types that decode them.
//
// The file holds the same personal data as the database; it exists only
// while the bot is stopped, so what the privacy erasure removes does not
// outlive the next start.
const cacheFileName = "caches.bson"

// storeMeta holds the store's own records: the epoch of the cache file.
const (
	storeMeta   = "store_meta"
	epochRecord = "cache_epoch"
)

// cacheFileFormat names the file's layout and the build that wrote it.
func cacheFileFormat() string {
	format := "netzwerkbot caches 1"
	if info, ok := debug.ReadBuildInfo(); ok {
		format += " " + info.GoVersion + " " + info.Main.Version
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				format += " " + s.Value
			}
		}
	}
	return format
}

// cacheFileHeader is the file's first document.
type cacheFileHeader struct {
	Format string `bson:"format"`
	Epoch  string `bson:"epoch"`
}

// cacheSection introduces the documents of one cache: its loaded
// workspaces, whether it holds the whole collection and which workspaces
// were dropped since, and how many documents follow.
type cacheSection struct {
	Coll    string   `bson:"coll"`
	Teams   []string `bson:"teams"`
	Whole   bool     `bson:"whole"`
	Dropped []string `bson:"dropped"`
	Count   int      `bson:"count"`
}

// cacheImage is a document cache as the cache file stores it.
type cacheImage interface {
	// writeTo writes the section and the documents of the cache.
	writeTo(w io.Writer) error
	// restore decodes a section's documents into the cache, which must
	// be empty.
	restore(sec cacheSection, docs []bson.Raw) error
}

// images are the store's caches in the order of the file.
func (c caches) images() []cacheImage {
	return []cacheImage{c.stakeholders, c.committees, c.members, c.commitments, c.meetings, c.audit}
}

// restoreCaches runs at the start of the embedded store, before any other
// read or write: it fills the caches from the cache file when the file's
// epoch and format match, deletes the file, and records a new epoch in the
// database, which saveCaches will write into the next file. Whatever
// fails is logged and leaves the caches to be loaded from the database:
// an unreadable or stale file is ignored, and when the new epoch cannot be
// recorded the stop writes no file.
func (s *Store) restoreCaches(ctx context.Context, log zerolog.Logger) {
	path := filepath.Join(s.embedded.dir, cacheFileName)
	switch restored, err := s.readCacheFile(ctx, path); {
	case errors.Is(err, errStaleCacheFile):
		log.Info().Msg("the cache file is older than the database (the last stop was not clean) or of another version; the caches are loaded from the database")
	case err != nil:
		log.Warn().Err(err).Msg("the cache file was not used; the caches are loaded from the database")
	case restored:
		log.Info().Msg("caches restored from the cache file")
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		log.Error().Err(err).Msg("removing the cache file failed")
		return
	}
	epoch := rand.Text()
	if err := s.setCacheEpoch(ctx, epoch); err != nil {
		log.Error().Err(err).Msg("recording the cache epoch failed; no cache file at stop")
		return
	}
	s.epoch = epoch
}

// errStaleCacheFile is the refusal of a cache file whose format or epoch
// differ from this build's and the database's.
var errStaleCacheFile = errors.New("stale cache file")

// readCacheFile fills the caches from the file at path and reports
// whether it did: not when there is no file. A file whose format or epoch
// differ from this build's and the database's fails with
// errStaleCacheFile, one it cannot read with what went wrong; both leave
// the caches empty.
func (s *Store) readCacheFile(ctx context.Context, path string) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var h cacheFileHeader
	if err := readBSON(r, &h); err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	epoch, err := s.cacheEpoch(ctx)
	if err != nil {
		return false, err
	}
	if h.Format != cacheFileFormat() || h.Epoch != epoch {
		return false, errStaleCacheFile
	}
	fresh := newCaches()
	images := fresh.images()
	secs := make([]cacheSection, len(images))
	docs := make([][]bson.Raw, len(images))
	for i := range images {
		if secs[i], docs[i], err = readSection(r); err != nil {
			return false, fmt.Errorf("%s: %w", path, err)
		}
	}
	// Decoding is most of the work: one cache per core.
	if err := concurrently(images, func(i int, img cacheImage) error { return img.restore(secs[i], docs[i]) }); err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	s.caches = fresh
	return true, nil
}

// readSection reads a section and its documents, undecoded.
func readSection(r io.Reader) (cacheSection, []bson.Raw, error) {
	var sec cacheSection
	if err := readBSON(r, &sec); err != nil {
		return sec, nil, err
	}
	// The count is not trusted for an allocation: a damaged file ends in
	// io.ErrUnexpectedEOF instead.
	var docs []bson.Raw
	for range sec.Count {
		raw, err := readRaw(r)
		if err != nil {
			return sec, nil, err
		}
		docs = append(docs, raw)
	}
	return sec, docs, nil
}

// saveCaches writes the cache file at the stop of the embedded store,
// after the last write and after the server has shut down, when the start
// recorded an epoch. It writes a temporary file and renames it, so a
// stop that fails halfway leaves no file; the failure is logged.
func (s *Store) saveCaches(log zerolog.Logger) {
	if s.epoch == "" {
		return
	}
	if err := writeCacheFile(s.embedded.dir, cacheFileHeader{Format: cacheFileFormat(), Epoch: s.epoch}, s.caches.images()); err != nil {
		log.Error().Err(err).Msg("writing the cache file failed; the next start loads the caches from the database")
	}
}

// writeCacheFile writes h and the images into dir's cache file, readable
// by the owner only.
func writeCacheFile(dir string, h cacheFileHeader, images []cacheImage) error {
	tmp, err := os.CreateTemp(dir, cacheFileName+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename a no-op
	w := bufio.NewWriterSize(tmp, 1<<20)
	err = writeBSON(w, h)
	for _, img := range images {
		if err == nil {
			err = img.writeTo(w)
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, cacheFileName))
}

// writeTo writes the section and every document of every loaded
// workspace.
func (c *docCache[T]) writeTo(w io.Writer) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	sec := cacheSection{Coll: c.coll, Whole: c.whole, Teams: []string{}, Dropped: []string{}}
	for team, m := range c.teams {
		sec.Teams = append(sec.Teams, team)
		sec.Count += len(m)
	}
	for team := range c.dropped {
		sec.Dropped = append(sec.Dropped, team)
	}
	if err := writeBSON(w, sec); err != nil {
		return err
	}
	for _, m := range c.teams {
		for _, doc := range m {
			if err := writeBSON(w, doc); err != nil {
				return err
			}
		}
	}
	return nil
}

// restore decodes a section written by writeTo into the empty cache c. The
// documents decode as a read from the database decodes them.
func (c *docCache[T]) restore(sec cacheSection, docs []bson.Raw) error {
	if sec.Coll != c.coll {
		return fmt.Errorf("section %q where %q was expected", sec.Coll, c.coll)
	}
	for _, team := range sec.Teams {
		c.teams[team] = map[string]T{}
	}
	for _, raw := range docs {
		team, _ := raw.Lookup("team_id").StringValueOK()
		var doc T
		if err := bson.Unmarshal(raw, &doc); err != nil {
			return err
		}
		m, ok := c.teams[team]
		if !ok {
			return fmt.Errorf("%s: a document of workspace %q, which the section does not list", c.coll, team)
		}
		m[c.id(&doc)] = doc
	}
	c.whole = sec.Whole
	for _, team := range sec.Dropped {
		c.dropped[team] = true
	}
	return nil
}

// maxCacheDocument bounds one document of the cache file, as MongoDB
// bounds a stored document.
const maxCacheDocument = 16 << 20

// writeBSON writes v as one BSON document.
func writeBSON(w io.Writer, v any) error {
	raw, err := bson.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(raw)
	return err
}

// readBSON reads one BSON document into v.
func readBSON(r io.Reader, v any) error {
	raw, err := readRaw(r)
	if err != nil {
		return err
	}
	return bson.Unmarshal(raw, v)
}

// readRaw reads one BSON document; a cut-off file fails with
// io.ErrUnexpectedEOF.
func readRaw(r io.Reader) (bson.Raw, error) {
	var size [4]byte
	if _, err := io.ReadFull(r, size[:]); err != nil {
		return nil, noEOF(err)
	}
	n := binary.LittleEndian.Uint32(size[:])
	if n < 5 || n > maxCacheDocument {
		return nil, fmt.Errorf("a document of %d bytes", n)
	}
	raw := make(bson.Raw, n)
	copy(raw, size[:])
	if _, err := io.ReadFull(r, raw[4:]); err != nil {
		return nil, noEOF(err)
	}
	return raw, nil
}

// noEOF turns the end of the file in the middle of the file into
// io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// cacheEpoch returns the epoch recorded in the database, "" when none is.
func (s *Store) cacheEpoch(ctx context.Context) (string, error) {
	var rec struct {
		Epoch string `bson:"epoch"`
	}
	err := s.db.Collection(storeMeta).FindOne(ctx, bson.D{{Key: "_id", Value: epochRecord}}).Decode(&rec)
	if err != nil && !errors.Is(err, mongo.ErrNoDocuments) {
		return "", classify("read the cache epoch", err)
	}
	return rec.Epoch, nil
}

// setCacheEpoch records epoch in the database; idempotent.
func (s *Store) setCacheEpoch(ctx context.Context, epoch string) error {
	defer s.lockWrites()()
	_, err := s.db.Collection(storeMeta).UpdateOne(ctx, bson.D{{Key: "_id", Value: epochRecord}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "epoch", Value: epoch}}}}, options.UpdateOne().SetUpsert(true))
	return classify("record the cache epoch", err)
}
