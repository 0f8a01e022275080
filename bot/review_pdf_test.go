package bot_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"io"
	"regexp"
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
	for _, want := range []string{"Participation", "Changed priorities", "Effectiveness and consolidation", "Manage closely", "Lenkungsgruppe Übergänge"} {
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
