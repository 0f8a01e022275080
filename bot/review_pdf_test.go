package bot_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The report of the second of two reviews is a PDF with the network's
// name, the sections and the committee's ratings, in the workspace's
// language; only coordinators get it.
func TestReviewReportPDF(t *testing.T) {
	h, clock := newClockHarness(t, admin)
	h.core.SetReviews(review.NewEngine(review.EngineOptions{Store: h.store, Composer: h.core, Now: func() time.Time { return *clock }, Log: zerolog.Nop()}))
	ctx, tm := context.Background(), h.team()
	h.grant(coord, storage.RoleCoordinator)
	c, err := tm.AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe Übergänge", Kind: storage.KindSteering,
		Purpose: storage.PurposeCooperation, Status: storage.CommitteeActive, CreatedAt: *clock})
	if err != nil {
		t.Fatal(err)
	}
	users := []string{"U0JUERGEN", "U0AENNE", "U0OEMER"}
	for i, name := range []string{"Jürgen Weiß", "Änne Müller", "Ömer Groß"} {
		s, err := tm.AddStakeholder(ctx, storage.Stakeholder{Name: name, SlackUser: users[i], Status: storage.StatusConfirmed,
			Influence: "high", Interest: "high", DecisionMaker: i == 0, CreatedAt: *clock})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tm.AddMember(ctx, c.ID, s.ID, admin, *clock); err != nil {
			t.Fatal(err)
		}
	}
	h.expect(admin, `einstellungen netzwerkname "Bildungsnetzwerk Kreis Talheim"`, "Talheim")
	var last string
	for round, ratings := range []string{"3 3 3 3", "4 5 4 4"} {
		h.expect(coord, "überprüfung starten", "ist gestartet")
		last = h.openReviewID()
		for _, u := range users {
			h.expect(u, "überprüfung antworten "+last+` "Lenkungsgruppe Übergänge" `+ratings+` änderung:"Mehr Austausch über Übergänge"`, "Vielen Dank")
		}
		h.expect(coord, "überprüfung abschließen "+last, "Ergebnis")
		*clock = clock.AddDate(0, 3, round)
	}

	h.expect(eva, "überprüfung bericht "+last, "Koordinierende Stelle")
	h.expect(coord, "überprüfung bericht rzzzz", "„rzzzz“ gibt es nicht")
	reply := h.reply(coord, "überprüfung bericht "+last)
	if reply.File == nil {
		t.Fatalf("no file in %+v", reply)
	}
	if want := "bericht-ueberpruefung-" + last + ".pdf"; reply.File.Name != want || !strings.Contains(reply.File.Title, "Talheim") {
		t.Errorf("file %q %q, want %q with the network in the title", reply.File.Name, reply.File.Title, want)
	}
	text := pdfContents(t, reply.File.Content)
	for _, want := range []string{
		"Bildungsnetzwerk Kreis Talheim", "Bericht zur Netzwerküberprüfung " + last,
		"Beteiligung", "Veränderte Prioritäten", "Wirksamkeit und Verstetigung", "Zusagen",
		"Anregungen aus der Umfrage (ohne Namen)", "Mehr Austausch über Übergänge",
		"Lenkungsgruppe Übergänge", "Jürgen Weiß", "Eng einbinden", "Gesamtbewertung der Gremien im Verlauf", "Diese Überprüfung",
		"Strategische Ausrichtung 4,00 ↑", "Seite 2 von ",
	} {
		if !bytes.Contains(text, pdfString(want)) {
			t.Errorf("the report has no text %q", want)
		}
	}

	h.expect(admin, "einstellungen sprache en", "English")
	reply = h.reply(coord, "review report "+last)
	text = pdfContents(t, reply.File.Content)
	for _, want := range []string{"Participation", "Changed priorities", "Effectiveness and consolidation", "Manage closely", "Lenkungsgruppe Übergänge",
		"Consolidation per committee", "Membership changes", "Sectors in the network and in the steering group"} {
		if !bytes.Contains(text, pdfString(want)) {
			t.Errorf("the English report has no text %q", want)
		}
	}
}

// streamPattern finds a PDF's streams.
var streamPattern = regexp.MustCompile(`(?s)stream\n(.*?)\nendstream`)

// pdfContents returns the PDF's streams, inflated where they are
// compressed, one after the other.
func pdfContents(t *testing.T, pdf []byte) []byte {
	t.Helper()
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", pdf[:min(len(pdf), 16)])
	}
	var out []byte
	for _, m := range streamPattern.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			out = append(out, m[1]...)
			continue
		}
		inflated, _ := io.ReadAll(r)
		out = append(out, inflated...)
	}
	return out
}

// pdfString returns s as fpdf writes text of a UTF-8 font into a page:
// UTF-16BE with backslash and parentheses escaped.
func pdfString(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		for _, c := range []byte{byte(u >> 8), byte(u)} {
			switch c {
			case '\\', '(', ')':
				b = append(b, '\\', c)
			case '\r':
				b = append(b, '\\', 'r')
			default:
				b = append(b, c)
			}
		}
	}
	return b
}

// reportTwoReviews builds a network by commands and runs two reviews with a
// moving clock: between them the steering group gains a member of a new
// sector and the working group loses one; in the second review three
// members of the steering group answer the consolidation questions (the
// mandate three times, resources twice, decision makers never) and two of
// the working group. It returns the text runs of the second review's
// report.
func reportTwoReviews(t *testing.T) []string {
	h := newReviewClock(t, "2026-01-05 09:00")
	anna := h.add(coord, `akteur neu "Anna Schulz" sektor:Schule entscheidung:ja nutzer:<@UANNA>`)
	ben := h.add(coord, `akteur neu "Ben Kaufmann" sektor:Wirtschaft nutzer:<@UBEN>`)
	cleo := h.add(coord, `akteur neu "Cleo Jugend" sektor:Jugendhilfe nutzer:<@UCLEO>`)
	dora := h.add(coord, `akteur neu "Dora Rat" sektor:Politik entscheidung:ja nutzer:<@UDORA>`)
	emil := h.add(coord, `akteur neu "Emil Amt" sektor:Verwaltung nutzer:<@UEMIL>`)
	h.add(coord, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:vernetzung")
	h.add(coord, `gremium neu "AG Übergänge" art:arbeitsgruppe zweck:kooperation`)
	h.do(coord, "gremium mitglieder hinzufügen Lenkungsgruppe "+anna+" "+ben+" "+dora)
	h.do(coord, `gremium mitglieder hinzufügen "AG Übergänge" `+anna+" "+cleo+" "+emil)

	h.set("2026-03-02 09:00")
	h.ok(coord, "überprüfung starten zeitraum:7d", "ist gestartet")
	r1 := h.openReviewID()
	for _, u := range []string{"UANNA", "UBEN", "UDORA"} {
		h.ok(u, "überprüfung antworten "+r1+" Lenkungsgruppe 3 3 3 3", "Vielen Dank")
	}
	h.set("2026-03-05 09:00")
	h.ok(coord, "überprüfung abschließen "+r1, "Ergebnis der Netzwerküberprüfung "+r1)

	h.set("2026-03-10 10:00")
	fritz := h.add(coord, `akteur neu "Fritz Verein" sektor:Zivilgesellschaft nutzer:<@UFRITZ>`)
	h.do(coord, "gremium mitglieder hinzufügen Lenkungsgruppe "+fritz)
	h.do(coord, `gremium mitglieder entfernen "AG Übergänge" `+emil)

	h.set("2026-04-01 09:00")
	h.ok(coord, "überprüfung starten zeitraum:7d", "ist gestartet")
	r2 := h.openReviewID()
	h.ok("UANNA", "überprüfung antworten "+r2+" Lenkungsgruppe 5 5 5 5 mandat:ja ressourcen:teilweise", "Vielen Dank")
	h.ok("UBEN", "überprüfung antworten "+r2+" Lenkungsgruppe 4 4 4 4 mandat:ja ressourcen:nein", "Vielen Dank")
	h.ok("UFRITZ", "überprüfung antworten "+r2+" Lenkungsgruppe 3 3 3 3 mandat:nein", "Vielen Dank")
	h.ok("UANNA", "überprüfung antworten "+r2+` "AG Übergänge" 3 3 3 3 mandat:ja ressourcen:ja`, "Vielen Dank")
	h.ok("UCLEO", "überprüfung antworten "+r2+` "AG Übergänge" 4 4 4 4 mandat:ja ressourcen:ja`, "Vielen Dank")
	h.set("2026-04-08 09:00")
	h.ok(coord, "überprüfung abschließen "+r2, "Ergebnis der Netzwerküberprüfung "+r2)

	reply := h.reply(coord, "überprüfung bericht "+r2)
	if reply.File == nil {
		t.Fatalf("no file in %+v", reply)
	}
	return pdfTexts(t, reply.File.Content)
}

// The report's effectiveness section carries the consolidation answers
// per committee and question, under the anonymity rule.
func TestReviewReportShowsConsolidation(t *testing.T) {
	texts := reportTwoReviews(t)
	at := after(t, texts, "Wirksamkeit und Verstetigung", "Verstetigung je Gremium")
	follows(t, texts[at:], "Lenkungsgruppe", "Verankert durch einen Auftrag", "ja: 2, teilweise: 0, nein: 1")
	follows(t, texts[at:], "Lenkungsgruppe", "Verankert durch Ressourcen", "Zu wenige Antworten")
	follows(t, texts[at:], "Lenkungsgruppe", "Verankert durch Entscheidungsträger/innen", "Zu wenige Antworten")
	follows(t, texts[at:], "AG Übergänge", "–", "Zu wenige Antworten")
	if slices.Contains(texts, "ja: 2, teilweise: 0, nein: 0") {
		t.Error("the report shows the consolidation answers of a committee with two answers")
	}
}

// The report's changed priorities show the membership changes and the
// sector mix of the network and the steering group, then and now.
func TestReviewReportShowsMembershipsAndSectors(t *testing.T) {
	texts := reportTwoReviews(t)
	at := after(t, texts, "Veränderte Prioritäten", "Veränderte Mitgliedschaften")
	at += after(t, texts[at:], "AG Übergänge – hinzugekommen: –; ausgeschieden: Emil Amt",
		"Lenkungsgruppe – hinzugekommen: Fritz Verein; ausgeschieden: –")
	at += after(t, texts[at:], "Bildungsbereiche im Netzwerk und in der Lenkungsgruppe", "Bildungsbereich")
	for _, row := range [][]string{
		{"Schule", "1", "1", "1", "1"}, {"Jugendhilfe", "1", "1", "0", "0"}, {"Verwaltung", "1", "1", "0", "0"},
		{"Politik", "1", "1", "1", "1"}, {"Wirtschaft", "1", "1", "1", "1"}, {"Zivilgesellschaft", "0", "1", "0", "1"},
	} {
		follows(t, texts[at:], row...)
	}
	after(t, texts[at:], "Verglichen mit dem Stand der vorigen Netzwerküberprüfung.")
}

// after returns the index in texts just past the runs want, found in
// order (each after the one before); it fails the test when one is
// missing.
func after(t *testing.T, texts []string, want ...string) int {
	t.Helper()
	i := 0
	for _, w := range want {
		j := slices.Index(texts[i:], w)
		if j < 0 {
			t.Fatalf("no text %q after %q in the report", w, texts[max(0, i-1)])
		}
		i += j + 1
	}
	return i
}

// follows fails the test unless texts hold the runs want one right after
// the other.
func follows(t *testing.T, texts []string, want ...string) {
	t.Helper()
	for i := range texts {
		if len(texts)-i >= len(want) && slices.Equal(texts[i:i+len(want)], want) {
			return
		}
	}
	t.Errorf("the report has no runs %q one after the other", want)
}

// textRun finds the text fpdf shows at a position: "Td (…)Tj".
var textRun = regexp.MustCompile(`(?s)Td \(((?:\\.|[^\\)])*)\)Tj`)

// pdfTexts returns the text runs of a PDF's pages in order, decoded from
// UTF-16BE.
func pdfTexts(t *testing.T, pdf []byte) []string {
	t.Helper()
	var out []string
	for _, m := range textRun.FindAllSubmatch(pdfContents(t, pdf), -1) {
		var raw []byte
		for i := 0; i < len(m[1]); i++ {
			c := m[1][i]
			if c == '\\' && i+1 < len(m[1]) {
				i++
				if c = m[1][i]; c == 'r' {
					c = '\r'
				}
			}
			raw = append(raw, c)
		}
		units := make([]uint16, len(raw)/2)
		for i := range units {
			units[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
		}
		out = append(out, strings.TrimSpace(string(utf16.Decode(units))))
	}
	return out
}
