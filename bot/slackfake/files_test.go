package slackfake_test

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func TestUploadFile(t *testing.T) {
	fake := slackfake.New(t)
	content := "name,score\nanna,3\n"

	summary, err := newClient(fake).UploadFileContext(context.Background(), slack.UploadFileParameters{
		Reader:          strings.NewReader(content),
		FileSize:        len(content),
		Filename:        "scores.csv",
		Title:           "Scores",
		Channel:         "C1",
		ThreadTimestamp: "1.000001",
		InitialComment:  "here you go",
	})
	if err != nil {
		t.Fatal(err)
	}

	files := fake.Files()
	if len(files) != 1 {
		t.Fatalf("recorded %d files, want 1", len(files))
	}
	f := files[0]
	if summary.ID != f.ID || summary.Title != "Scores" {
		t.Errorf("UploadFileContext = %+v, recorded %s", summary, f.ID)
	}
	if string(f.Content) != content || f.Name != "scores.csv" || f.Title != "Scores" || f.Length != len(content) {
		t.Errorf("recorded %+v", f)
	}
	if !f.Completed || !slices.Equal(f.Channels, []string{"C1"}) || f.ThreadTS != "1.000001" || f.InitialComment != "here you go" {
		t.Errorf("shared as %+v", f)
	}
	upload := fake.CallsTo(slackfake.UploadMethod)
	if len(upload) != 1 || upload[0].Status != http.StatusOK || upload[0].Token != slackfake.BotToken {
		t.Errorf("upload calls %+v", upload)
	}
}

func TestCompleteUploadNeedsUpload(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	u, err := api.GetUploadURLExternalContext(context.Background(), slack.GetUploadURLExternalParameters{FileName: "a.txt", FileSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(u.UploadURL, fake.URL()+"/") {
		t.Errorf("upload URL %q is not on the fake", u.UploadURL)
	}

	_, err = api.CompleteUploadExternalContext(context.Background(), slack.CompleteUploadExternalParameters{Files: []slack.FileSummary{{ID: u.FileID}}})

	if err == nil || err.Error() != "file_not_found" {
		t.Errorf("error = %v, want file_not_found", err)
	}
	if f := fake.Files()[0]; f.Completed || f.Content != nil {
		t.Errorf("recorded %+v, want neither uploaded nor shared", f)
	}
}

func TestUploadFailureInjected(t *testing.T) {
	fake := slackfake.New(t)
	fake.ServerErrorNext(slackfake.UploadMethod, 1, http.StatusBadGateway)

	_, err := newClient(fake).UploadFileContext(context.Background(), slack.UploadFileParameters{
		Content: "x", FileSize: 1, Filename: "x.txt", Channel: "C1",
	})

	if codeErr, ok := errors.AsType[slack.StatusCodeError](err); !ok || codeErr.Code != http.StatusBadGateway {
		t.Errorf("error = %v, want status 502", err)
	}
	if len(fake.CallsTo("files.completeUploadExternal")) != 0 {
		t.Error("completed an upload that failed")
	}
}
