package bot_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// englishWords matches, as whole words, the English command words and
// option keys that differ from their German form.
func englishWords(t *testing.T, c *bot.Core) *regexp.Regexp {
	words := bot.EnglishOnlyWords(c)
	if len(words) < 40 {
		t.Fatalf("only %d English words: %v", len(words), words)
	}
	slices.Sort(words)
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(`(^|[^\pL\pN-])(` + strings.Join(quoted, "|") + `)($|[^\pL\pN-])`)
}

// A German workspace never sees an English command word or option key:
// not in any sentence of the German catalog, not in any command's usage,
// refusal or reply, not in a button's command.
func TestNoEnglishInGermanReplies(t *testing.T) {
	h := reviewHarness(t)
	english := englishWords(t, h.core)
	check := func(what, text string) {
		t.Helper()
		for _, line := range strings.Split(text, "\n") {
			if m := english.FindStringSubmatch(line); m != nil {
				t.Errorf("%s names the English %q: %s", what, m[2], line)
			}
		}
	}
	for key, s := range i18n.Sentences(i18n.German) {
		check("German sentence "+key, s)
	}

	// A review, a commitment, a meeting and a schedule to show.
	h.do(coord, "überprüfung starten gremien:Steuerkreis zeitraum:7d")
	rid := h.openReviewID()
	h.do(admin, `zusage "Eva Muster" "Bericht vorlegen" frist:20.01.2027 gremium:Steuerkreis`)
	h.do(admin, `sitzung erfassen Steuerkreis anwesend:"Eva Muster"`)
	h.do(admin, `zeitplan neu "0 9 * * 1" art:zusagen`)
	sid := h.stakeholders()[0].ID
	var cid string
	for _, line := range strings.Split(h.do(admin, "zusagen alle"), "\n") {
		if f := strings.Fields(line); len(f) > 1 && strings.HasPrefix(f[1], "c") {
			cid = f[1]
		}
	}

	lines := []string{"", "menü", "akteru", "hilfe akteur", "zeitplan liste", "zusagen alle", "rollen",
		"zusage zeige " + cid, "akteur zeige " + sid, "gremium zeige Steuerkreis", "sitzungen Steuerkreis",
		"überprüfung status", "überprüfung zeigen " + rid, "überprüfung umfrage " + rid + " Steuerkreis",
		"datenschutz löschen " + sid, "verlauf " + sid, "einstellungen", "akteur raster"}
	for _, cmd := range bot.GermanCommandLines(h.core) {
		first := strings.Fields(cmd + " x")[0]
		lines = append(lines, cmd, cmd+" unbekannt:1", cmd+" xq9zz", first)
	}
	for _, line := range lines {
		for _, user := range []string{admin, eva} {
			r := h.core.Handle(context.Background(), bot.Request{TeamID: team, UserID: user, Text: line})
			check("„"+line+"“ as "+user, bot.PlainText(r))
		}
	}
	ctx, tm := context.Background(), h.store.Team(team)
	commitments, _ := tm.Commitments(ctx, storage.CommitmentFilter{})
	owner := h.stakeholders()[0]
	day := review.DigestDay{Today: "2027-01-25", Stakeholders: map[string]storage.Stakeholder{owner.ID: owner}}
	msgs, _ := h.core.DigestComposer().OwnerDigest(ctx, tm, day, owner, nil, commitments)
	overview, _ := h.core.DigestComposer().CoordinatorOverview(ctx, tm, day, commitments, nil)
	for _, m := range append(msgs, overview...) {
		check("digest", m.Text)
	}
	if len(msgs) == 0 || !strings.Contains(msgs[0].Text, "zusage erledigt "+cid) {
		t.Errorf("digest without German buttons: %v", msgs)
	}
	check("home", bot.PlainText(h.core.Home(context.Background(), team, admin)))
	check("home", bot.PlainText(h.core.Home(context.Background(), team, eva)))
}

// The typo suggestion and the lists of possible words are German.
func TestGermanSuggestionsAndWordLists(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, "menü", "Meinten Sie „hilfe“?")
	h.expect(admin, "zeitplan", "Möglich sind: ausführen, fortsetzen, liste, löschen, neu, pausieren, vorschau.")
	h.expect(admin, "akteur ändern x", "")
	h.do(admin, `akteur neu "Eva Muster"`)
	h.expect(admin, `akteur ändern "Eva Muster"`, "Möglich sind: name, organisation, sektor, rolle, entscheidung, multiplikator, einfluss, interesse, themen, nutzer, e-mail, notiz.")
	h.expect(admin, `zeitplan neu "0 9 * * 1" art:zusagen zeitraum:0d`, "„0d“ ist keine gültige Dauer für „zeitraum“")
	h.expect(admin, "zusagen fällig-vor:gestern2", "Für „fällig vor“ ist „gestern2“ kein gültiges Datum")
	h.expect(admin, "gremium neu X", "art:")

	h.do(admin, "settings language en")
	h.expect(admin, "menü", "Did you mean “help”?")
	h.expect(admin, "schedule", "Possible: add, list, pause, preview, remove, resume, run.")
	h.expect(admin, `schedule add "0 9 * * 1" kind:digest window:0d`, "for “window”")
}
