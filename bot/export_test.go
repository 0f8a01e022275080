package bot_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
)

// reply runs line as user and returns the whole reply, file included.
func (h *harness) reply(user, line string) bot.Reply {
	h.t.Helper()
	return h.core.Handle(context.Background(), bot.Request{TeamID: team, UserID: user, Text: line})
}

// seeded fills the test workspace with the small network.
func (h *harness) seeded() {
	h.t.Helper()
	berlin, _ := time.LoadLocation("Europe/Berlin")
	if _, err := seed.Run(context.Background(), h.store.Team(team), seed.Options{Seed: 3, Now: now, Loc: berlin}); err != nil {
		h.t.Fatal(err)
	}
}

// readCSV checks the BOM and parses a ';'-separated export.
func readCSV(t *testing.T, content []byte) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(content, []byte("\uFEFF"))
	if !ok {
		t.Fatalf("CSV does not start with the UTF-8 BOM: % x", content[:min(8, len(content))])
	}
	r := csv.NewReader(bytes.NewReader(body))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	return rows
}

func TestExportStakeholdersCSV(t *testing.T) {
	h := newHarness(t)
	h.seeded()
	if _, err := h.store.Team(team).AddStakeholder(context.Background(), storage.Stakeholder{
		Name: `=HYPERLINK("x")`, Org: "+Förderverein Jürgen-Weiß", Notes: "@all -1", Status: storage.StatusConfirmed,
	}); err != nil {
		t.Fatal(err)
	}
	r := h.reply(admin, "export akteure csv")
	if r.File == nil {
		t.Fatalf("no file: %s", bot.PlainText(r))
	}
	if r.File.Name != "akteure-2027-01-15.csv" || !strings.Contains(bot.PlainText(r), "61 Einträge als CSV-Datei") {
		t.Errorf("file %q, reply %s", r.File.Name, bot.PlainText(r))
	}
	rows := readCSV(t, r.File.Content)
	if len(rows) != 62 {
		t.Fatalf("%d rows, want header + 61", len(rows))
	}
	if got := strings.Join(rows[0][:4], "|"); got != "ID|Name|Organisation|Bildungsbereich" {
		t.Errorf("header %q", got)
	}
	if !bytes.Contains(r.File.Content, []byte(";")) || !bytes.Contains(r.File.Content, []byte("\r\n")) {
		t.Error("want ; separators and CRLF line ends")
	}
	var evil []string
	for _, row := range rows {
		if strings.Contains(row[1], "HYPERLINK") {
			evil = row
		}
	}
	if evil == nil || evil[1] != `'=HYPERLINK("x")` || evil[2] != "'+Förderverein Jürgen-Weiß" || evil[13] != "'@all -1" {
		t.Errorf("formula cells not neutralised: %q", evil)
	}
	if !strings.Contains(string(r.File.Content), "Schule") || !strings.ContainsAny(string(r.File.Content), "äöüß") {
		t.Error("sector names or umlauts missing")
	}
}

func TestExportJSONAndOtherTables(t *testing.T) {
	h := newHarness(t)
	h.seeded()
	var stakeholders []map[string]any
	r := h.reply(admin, "export stakeholders json")
	if r.File == nil || json.Unmarshal(r.File.Content, &stakeholders) != nil || len(stakeholders) != 60 {
		t.Fatalf("stakeholders json: %d records, %s", len(stakeholders), bot.PlainText(r))
	}
	for _, key := range []string{"id", "name", "organisation", "sector", "email", "slack_user", "topics", "committees", "status"} {
		if _, ok := stakeholders[0][key]; !ok {
			t.Errorf("stakeholder record lacks %q: %v", key, stakeholders[0])
		}
	}
	var commitments []map[string]any
	r = h.reply(admin, "export zusagen json")
	if r.File == nil || json.Unmarshal(r.File.Content, &commitments) != nil || len(commitments) != 150 {
		t.Fatalf("commitments json: %d records", len(commitments))
	}
	overdue := 0
	for _, c := range commitments {
		if c["overdue"] == true {
			overdue++
		}
	}
	if overdue == 0 {
		t.Error("no overdue commitment in the export")
	}
	r = h.reply(admin, "export gremien")
	if r.File == nil || !strings.HasSuffix(r.File.Name, ".csv") {
		t.Fatalf("committees default to CSV: %+v", r.File)
	}
	if rows := readCSV(t, r.File.Content); len(rows) != 7 || !strings.Contains(string(r.File.Content), "Lenkungsgruppe") {
		t.Errorf("committees CSV: %d rows", len(rows))
	}
	r = h.reply(admin, "export commitments csv")
	if rows := readCSV(t, r.File.Content); len(rows) != 151 {
		t.Errorf("commitments CSV: %d rows", len(rows))
	}
}

func TestExportRefusals(t *testing.T) {
	h := newHarness(t)
	h.seeded()
	if r := h.reply(member, "export akteure csv"); r.File != nil || !strings.Contains(bot.PlainText(r), "Koordinierende Stelle") {
		t.Errorf("member export: %s", bot.PlainText(r))
	}
	if r := h.reply(admin, "export akteure xlsx"); r.File != nil || !strings.Contains(bot.PlainText(r), "„xlsx“ ist kein Exportformat") {
		t.Errorf("xlsx: %s", bot.PlainText(r))
	}
	if r := h.reply(admin, "export akteure csv json"); r.File != nil {
		t.Errorf("two formats gave a file")
	}
}
