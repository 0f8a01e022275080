package console_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/console"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestExportIsWrittenToTheExportFolder(t *testing.T) {
	core := bot.New(bot.Options{Store: storagetest.Open(t), Log: zerolog.Nop(), Admins: []string{console.DefaultUser}})
	dir := filepath.Join(t.TempDir(), "exports")
	var out bytes.Buffer
	c := &console.Console{Core: core, In: strings.NewReader("akteur neu \"Jörg Weiß\"\nexport akteure csv\nexport akteure csv\n"),
		Out: &out, User: console.DefaultUser, ExportDir: dir}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "akteure-*.csv"))
	if len(files) != 2 || !strings.Contains(out.String(), "Datei gespeichert: "+files[0]) {
		t.Fatalf("files %v, output:\n%s", files, out.String())
	}
	content, err := os.ReadFile(files[0])
	if err != nil || !bytes.HasPrefix(content, []byte("\uFEFF")) || !bytes.Contains(content, []byte("Jörg Weiß")) {
		t.Fatalf("file content %q (%v)", content, err)
	}
	if st, _ := os.Stat(files[0]); st.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", st.Mode().Perm())
	}
}

// akteur raster writes the power–interest grid as a PNG into the export
// folder and prints it as text too.
func TestGridIsWrittenAndPrinted(t *testing.T) {
	core := bot.New(bot.Options{Store: storagetest.Open(t), Log: zerolog.Nop(), Admins: []string{console.DefaultUser}})
	dir := filepath.Join(t.TempDir(), "exports")
	var out bytes.Buffer
	in := "akteur neu \"Jörg Weiß\" einfluss:high interesse:high\nakteur neu \"Änne Groß\" einfluss:low interesse:high\nakteur raster\n"
	c := &console.Console{Core: core, In: strings.NewReader(in), Out: &out, User: console.DefaultUser, ExportDir: dir}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "grid.png")
	for _, want := range []string{"Einfluss hoch, Interesse hoch: 1 – Eng einbinden: Jörg Weiß",
		"Einfluss gering, Interesse hoch: 1 – Informiert halten: Änne Groß", "Datei gespeichert: " + path} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output has no %q:\n%s", want, out.String())
		}
	}
	content, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(content, []byte("\x89PNG")) {
		t.Fatalf("grid file %.8q (%v)", content, err)
	}
}
