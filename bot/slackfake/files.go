package slackfake

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// File is a file announced with files.getUploadURLExternal.
type File struct {
	ID             string
	Name           string   // filename sent to files.getUploadURLExternal
	Length         int      // length sent to files.getUploadURLExternal
	Content        []byte   // the bytes uploaded; nil before the upload
	Title          string   // title sent to files.completeUploadExternal, else Name
	Channels       []string // channel_id and channels sent to files.completeUploadExternal
	ThreadTS       string   // thread_ts sent to files.completeUploadExternal
	InitialComment string   // initial_comment sent to files.completeUploadExternal
	Completed      bool     // files.completeUploadExternal shared it
}

// Files returns the files announced so far, in order, with what was
// uploaded and shared of them.
func (s *Server) Files() []File {
	s.mu.Lock()
	defer s.mu.Unlock()
	files := make([]File, len(s.files))
	for i, f := range s.files {
		f.Content = bytes.Clone(f.Content)
		f.Channels = slices.Clone(f.Channels)
		files[i] = f
	}
	return files
}

// filesGetUploadURLExternal answers files.getUploadURLExternal with a new
// file ID and an upload URL on the fake. It fails with invalid_arguments
// without a filename or a positive length.
func (s *Server) filesGetUploadURLExternal(c *Call) reply {
	length, err := strconv.Atoi(c.Param("length"))
	if c.Param("filename") == "" || err != nil || length < 1 {
		return errorReply("invalid_arguments")
	}
	id := s.nextIDLocked("F")
	s.files = append(s.files, File{ID: id, Name: c.Param("filename"), Length: length})
	return okReply(map[string]any{
		"upload_url": s.http.URL + "/upload/v1/" + id,
		"file_id":    id,
	})
}

// filesCompleteUploadExternal shares uploaded files and answers with their
// IDs and titles. It fails with invalid_arguments if files is not a JSON
// list of files and with file_not_found if one of them was not uploaded.
func (s *Server) filesCompleteUploadExternal(c *Call) reply {
	var summaries []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal([]byte(c.Param("files")), &summaries); err != nil || len(summaries) == 0 {
		return errorReply("invalid_arguments")
	}
	for _, sum := range summaries {
		if f := s.fileLocked(sum.ID); f == nil || f.Content == nil {
			return errorReply("file_not_found")
		}
	}
	shared := make([]map[string]any, 0, len(summaries))
	for _, sum := range summaries {
		f := s.fileLocked(sum.ID)
		f.Title = cmp.Or(sum.Title, f.Name)
		f.Channels = channelsParam(c)
		f.ThreadTS = c.Param("thread_ts")
		f.InitialComment = c.Param("initial_comment")
		f.Completed = true
		shared = append(shared, map[string]any{"id": f.ID, "title": f.Title})
	}
	return okReply(map[string]any{"files": shared})
}

// channelsParam returns channel_id followed by the comma-separated channels.
func channelsParam(c *Call) []string {
	var channels []string
	for _, ch := range append([]string{c.Param("channel_id")}, strings.Split(c.Param("channels"), ",")...) {
		if ch != "" {
			channels = append(channels, ch)
		}
	}
	return channels
}

// fileLocked returns the file with the ID, or nil.
func (s *Server) fileLocked(id string) *File {
	for i := range s.files {
		if s.files[i].ID == id {
			return &s.files[i]
		}
	}
	return nil
}

// serveUpload stores the bytes posted to an upload URL, the "file" part of
// a multipart form or else the whole body, and answers "OK - <length>" as
// Slack does. It records the call as UploadMethod; an injected failure for
// it is answered instead. It answers 404 for a file ID it did not hand out
// and 400 for a body it cannot read.
func (s *Server) serveUpload(w http.ResponseWriter, r *http.Request) {
	call := Call{Method: UploadMethod, Token: bearerToken(r), Time: time.Now()}
	content, readErr := readUpload(r)
	s.mu.Lock()
	rep := s.uploadLocked(r.PathValue("file"), content, readErr)
	s.recordLocked(call, rep)
	s.mu.Unlock()
	rep.write(w)
}

func (s *Server) uploadLocked(id string, content []byte, readErr error) reply {
	if rep, ok := s.injectedLocked(UploadMethod); ok {
		return rep
	}
	f := s.fileLocked(id)
	switch {
	case f == nil:
		return reply{status: http.StatusNotFound, text: "file not found"}
	case readErr != nil:
		return reply{status: http.StatusBadRequest, text: readErr.Error()}
	}
	f.Content = content
	return reply{status: http.StatusOK, text: fmt.Sprintf("OK - %d", len(content))}
}

// readUpload returns the "file" part of a multipart body, or else the body.
func readUpload(r *http.Request) ([]byte, error) {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" {
		return io.ReadAll(r.Body)
	}
	parts, err := r.MultipartReader()
	if err != nil {
		return nil, err
	}
	for {
		part, err := parts.NextPart()
		if err != nil {
			return nil, fmt.Errorf("no file part in the multipart body: %w", err)
		}
		if part.FormName() == "file" {
			return io.ReadAll(part)
		}
	}
}
