package slackapp_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

func TestReplyFileIsUploadedToTheUsersDM(t *testing.T) {
	e := newEnv(t, "http")
	content := []byte("\uFEFFID;Name\r\ns2abc;Jörg Weiß\r\n")
	e.rec.reply = &bot.Reply{Blocks: []bot.Block{bot.Paragraph{Text: "Export fertig."}},
		File: &bot.File{Name: "akteure-2027-01-15.csv", Title: "Akteure (Export vom 15.01.2027)", Content: content}}
	e.tr.slash(t, e.command(admin, "export akteure csv"))
	if post := e.responses(1)[0]; !strings.Contains(texts(post.Blocks), "Export fertig.") {
		t.Errorf("reply %+v", post)
	}
	e.waitFor("the file to be shared", func() bool { return len(e.fake.Files()) == 1 && e.fake.Files()[0].Completed })
	f := e.fake.Files()[0]
	if f.Name != "akteure-2027-01-15.csv" || f.Title != "Akteure (Export vom 15.01.2027)" || !bytes.Equal(f.Content, content) {
		t.Errorf("uploaded %+v", f)
	}
	if len(f.Channels) != 1 || !strings.HasPrefix(f.Channels[0], "D") {
		t.Errorf("shared in %v, want the user's DM, not the channel C0GENERAL", f.Channels)
	}
}

func TestFailedUploadIsToldToTheUser(t *testing.T) {
	e := newEnv(t, "http")
	e.fake.FailNext("files.getUploadURLExternal", "internal_error", 1)
	e.rec.reply = &bot.Reply{Blocks: []bot.Block{bot.Paragraph{Text: "Export fertig."}},
		File: &bot.File{Name: "zusagen.json", Title: "Zusagen", Content: []byte("[]\n")}}
	e.tr.slash(t, e.command(admin, "export zusagen json"))
	e.waitFor("the failure message", func() bool {
		for _, c := range e.fake.CallsTo("chat.postEphemeral") {
			if strings.Contains(c.Param("blocks")+c.Param("text"), "konnte nicht hochgeladen werden") {
				return true
			}
		}
		for _, p := range e.fake.ResponsePosts() {
			if strings.Contains(texts(p.Blocks), "konnte nicht hochgeladen werden") {
				return true
			}
		}
		return false
	})
}
