package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// historyScenario makes, in German, one change of every kind the history
// shows and returns the short ids: committee g, stakeholders eva and
// aylin, commitment c, meeting m and schedule s.
func historyScenario(t *testing.T, h *harness) map[string]string {
	t.Helper()
	ids := map[string]string{}
	ids["g"] = h.add(admin, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:kooperation rhythmus:quartalsweise")
	ids["eva"] = h.add(admin, `akteur neu "Eva Muster" org:VHS sektor:Schule entscheidung:ja einfluss:high nutzer:<@U0EVA|eva>`)
	ids["aylin"] = h.add(admin, `akteur neu "Aylin Demir" org:Jugendamt`)
	h.do(admin, "akteur ändern "+ids["eva"]+" einfluss:medium multiplikator:ja sektor:Jugendhilfe")
	h.do(admin, "akteur archivieren "+ids["aylin"])
	h.do(admin, "akteur bestätigen "+ids["aylin"])
	h.do(admin, "gremium ändern "+ids["g"]+" art:arbeitsgruppe")
	h.do(admin, "gremium mitglieder hinzufügen "+ids["g"]+" "+ids["eva"]+" "+ids["aylin"])
	h.do(admin, "gremium mitglieder entfernen "+ids["g"]+" "+ids["eva"])
	_, rest, _ := strings.Cut(h.do(admin, "zusage "+ids["eva"]+" Konzept schreiben frist:15.02.2027 gremium:"+ids["g"]), "Zusage ")
	ids["c"], _, _ = strings.Cut(rest, " ")
	h.do(admin, "zusage beginnen "+ids["c"])
	h.do(admin, "zusage frist "+ids["c"]+" 01.03.2027")
	h.do(admin, "zusage verwerfen "+ids["c"]+" notiz:Entfällt")
	ids["m"] = h.add(admin, "sitzung erfassen "+ids["g"]+" datum:12.01.2027 anwesend:"+ids["aylin"]+" notiz:Auftakt")
	h.do(admin, "sitzung ändern "+ids["m"]+" datum:13.01.2027 anwesend:"+ids["aylin"]+","+ids["eva"])
	h.do(admin, "rolle vergeben @U0EVA koordinierende Stelle")
	h.do(admin, "einstellungen kanvas an")
	h.do(admin, "einstellungen kanvas aus")
	h.do(admin, "gremium archivieren "+ids["g"])
	return ids
}

func TestHistoryReadsAsProse(t *testing.T) {
	h := newHarness(t)
	ids := historyScenario(t, h)
	g, eva, aylin, c, m := ids["g"], ids["eva"], ids["aylin"], ids["c"], ids["m"]
	const at = "• 15.01.2027 10:30 · @UADMIN · "
	h.expect(admin, "verlauf "+g,
		at+"Gremium angelegt · Name: Lenkungsgruppe; Art: Lenkungsgruppe; Zweck: Kooperation; Sitzungsrhythmus: quartalsweise",
		at+"Gremium geändert · Art: Lenkungsgruppe → Arbeitsgruppe",
		at+"Mitglied hinzugefügt: Eva Muster, Aylin Demir",
		at+"Mitglied entfernt: Eva Muster",
		at+"Gremium archiviert · Status: aktiv → archiviert")
	h.expect(admin, "verlauf "+eva,
		at+"Akteur erfasst · Name: Eva Muster; Organisation: VHS; Bildungsbereich: Schule; Entscheidungsbefugnis: ja; Einfluss: hoch; Slack-Person: @U0EVA",
		at+"Akteur geändert · Bildungsbereich: Schule → Jugendhilfe; Multiplikator/in: nein → ja; Einfluss: hoch → mittel")
	h.expect(admin, "verlauf "+aylin,
		at+"Akteur archiviert · Status: bestätigt → archiviert",
		at+"Akteur bestätigt · Status: archiviert → bestätigt")
	h.expect(admin, "verlauf "+c,
		at+"Zusage erfasst · Verantwortlich: Eva Muster; Maßnahme: Konzept schreiben; Frist: 15.02.2027; Gremium: Lenkungsgruppe",
		at+"Zusage begonnen · Status: offen → in Bearbeitung",
		at+"Frist geändert · Frist: 15.02.2027 → 01.03.2027",
		at+"Zusage verworfen · Status: in Bearbeitung → verworfen; Notiz: – → Entfällt")
	h.expect(admin, "verlauf "+m, "== Verlauf: Sitzung "+m+" (Lenkungsgruppe, 13.01.2027) ==",
		at+"Sitzung erfasst · Gremium: Lenkungsgruppe; Datum: 12.01.2027; Anwesend: Aylin Demir; Notiz: Auftakt",
		at+"Sitzung berichtigt · Datum: 12.01.2027 → 13.01.2027; Anwesend: Aylin Demir → Aylin Demir, Eva Muster")
	h.expect(admin, "verlauf <@U0EVA>", at+"Rolle vergeben · Rolle: Mitglied → Koordinierende Stelle")
	h.expect(admin, "verlauf einstellungen", at+"Einstellung geändert · Ergebnis ins Kanal-Canvas: an → aus")

	// The stored values are codes, whatever the language.
	if a := h.auditOf("stakeholder", eva); changes(a[1]) != "sector: school → youth-welfare\nmultiplier: no → yes\ninfluence: high → medium" {
		t.Fatalf("stored %q", changes(a[1]))
	}

	h.do(admin, "einstellungen sprache englisch")
	const en = "• 2027-01-15 10:30 · @UADMIN · "
	h.expect(admin, "history "+g,
		en+"Committee created · Name: Lenkungsgruppe; Kind: steering group; Purpose: cooperation; Meeting rhythm: quartalsweise",
		en+"Committee changed · Kind: steering group → working group",
		en+"Member added: Eva Muster, Aylin Demir",
		en+"Member removed: Eva Muster",
		en+"Committee archived · Status: active → archived")
	h.expect(admin, "history "+eva,
		en+"Stakeholder recorded · Name: Eva Muster; Organisation: VHS; Sector: School; Decision authority: yes; Influence: high; Slack user: @U0EVA",
		en+"Stakeholder changed · Sector: School → Youth welfare; Multiplier: no → yes; Influence: high → medium")
	h.expect(admin, "history "+aylin,
		en+"Stakeholder archived · Status: confirmed → archived",
		en+"Stakeholder confirmed · Status: archived → confirmed")
	h.expect(admin, "history "+c,
		en+"Commitment recorded · Owner: Eva Muster; Measure: Konzept schreiben; Due: 2027-02-15; Committee: Lenkungsgruppe",
		en+"Commitment started · Status: open → in progress",
		en+"Due date changed · Due: 2027-02-15 → 2027-03-01",
		en+"Commitment dropped · Status: in progress → dropped; Note: – → Entfällt")
	h.expect(admin, "history "+m, "== History: meeting "+m+" (Lenkungsgruppe, 2027-01-13) ==",
		en+"Meeting recorded · Committee: Lenkungsgruppe; Date: 2027-01-12; Present: Aylin Demir; Note: Auftakt",
		en+"Meeting corrected · Date: 2027-01-12 → 2027-01-13; Present: Aylin Demir → Aylin Demir, Eva Muster")
	h.expect(admin, "history <@U0EVA>", en+"Role granted · Role: member → coordinator")
	h.expect(admin, "history settings",
		en+"Setting changed · Summary in the channel canvas: on → off",
		en+"Setting changed · Language: German → English")

	// A renamed committee and stakeholder are shown by their names now.
	if err := h.team().SetCommittee(context.Background(), h.committee(g), storage.CommitteePatch{Name: new("Steuerkreis Bildung")}, now); err != nil {
		t.Fatal(err)
	}
	h.do(admin, "stakeholder edit "+aylin+` name:"Aylin Demir-Kaya"`)
	h.expect(admin, "history "+m, en+"Meeting recorded · Committee: Steuerkreis Bildung; Date: 2027-01-12; Present: Aylin Demir-Kaya; Note: Auftakt")
}

// TestHistoryShowsOldEntriesInTheReadersLanguage: entries written before
// values were stored as codes hold German names; they read in English too.
func TestHistoryShowsOldEntriesInTheReadersLanguage(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	eva := h.add(admin, `akteur neu "Eva Muster" org:VHS`)
	g := h.add(admin, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:kooperation")
	for _, e := range []storage.AuditEntry{
		{At: now, Actor: coord, Action: "stakeholder.edit", TargetKind: "stakeholder", TargetID: eva, Changes: []storage.Change{
			{Field: "influence", Before: "gering", After: "hoch"}, {Field: "decision", Before: "nein", After: "ja"},
			{Field: "sector", Before: "Schule", After: "Jugendhilfe"}}},
		{At: now, Actor: coord, Action: "stakeholder.confirm", TargetKind: "stakeholder", TargetID: eva, Changes: []storage.Change{
			{Field: "status", Before: "vorgeschlagen", After: "bestätigt"}}},
		{At: now, Actor: coord, Action: "committee.member_add", TargetKind: "committee", TargetID: g, Changes: []storage.Change{
			{Field: "member", After: eva + " Eva Alt"}}},
		{At: now, Actor: coord, Action: "committee.edit", TargetKind: "committee", TargetID: g, Changes: []storage.Change{
			{Field: "kind", Before: "Lenkungsgruppe", After: "Arbeitsgruppe"}}},
		{At: now, Actor: admin, Action: "settings.edit", TargetKind: "settings", TargetID: "settings", Changes: []storage.Change{
			{Field: "review_canvas", Before: "aus", After: "an"}, {Field: "language", Before: "Englisch", After: "Deutsch"}}},
		{At: now, Actor: admin, Action: "schedule.add", TargetKind: "schedule", TargetID: "pabcd", Changes: []storage.Change{
			{Field: "Zeitzone", After: "Europe/Berlin"}}},
	} {
		if err := h.team().Audit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.team().SetSettings(ctx, h.settings(), storage.SettingsPatch{Language: new("en")}, admin, now); err != nil {
		t.Fatal(err)
	}
	const at = "• 2027-01-15 10:30 · @U0COORD · "
	h.expect(admin, "history "+eva,
		at+"Stakeholder changed · Influence: low → high; Decision authority: no → yes; Sector: School → Youth welfare",
		at+"Stakeholder confirmed · Status: proposed → confirmed")
	h.expect(admin, "history "+g, at+"Member added: Eva Muster", at+"Committee changed · Kind: steering group → working group")
	h.expect(admin, "history settings", "Setting changed · Summary in the channel canvas: off → on; Language: English → German")
	h.expect(admin, "history pabcd", "Schedule created · Time zone: Europe/Berlin")
}

func TestHistoryOfSchedulesAndErasure(t *testing.T) {
	h := newHarness(t)
	g := h.add(admin, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:kooperation")
	aylin := h.add(admin, `akteur neu "Aylin Demir" org:Jugendamt`)
	eva := h.add(admin, `akteur neu "Eva Muster" org:VHS`)
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+aylin+" "+eva)
	m := h.add(admin, "sitzung erfassen "+g+" datum:12.01.2027 anwesend:"+aylin+","+eva)
	_, rest, _ := strings.Cut(h.do(admin, `zeitplan neu "0 9 * * 1" art:network-review frist:3h zeitraum:7d`), "(ID ")
	p, _, _ := strings.Cut(rest, ")")
	h.do(admin, "zeitplan pausieren "+p)
	h.do(admin, "zeitplan fortsetzen "+p)
	h.do(admin, "zeitplan löschen "+p)
	h.do(admin, "datenschutz auskunft "+eva)
	h.do(admin, "datenschutz löschen "+aylin+" bestätigen:ja")
	h.do(admin, "sitzung löschen "+m)

	const at = "• 15.01.2027 10:30 · @UADMIN · "
	placeholder := "Gelöschte Person " + aylin
	h.expect(admin, "verlauf "+p,
		at+"Zeitplan angelegt · Zeitplan: 0 9 * * 1; Art: Netzwerküberprüfung; Zeitzone: Europe/Berlin",
		at+"Zeitplan angehalten · Status: aktiv → angehalten",
		at+"Zeitplan fortgesetzt · Status: angehalten → aktiv",
		at+"Zeitplan gelöscht · Status: aktiv → gelöscht")
	h.expect(admin, "verlauf "+g, at+"Mitglied hinzugefügt: "+placeholder+", Eva Muster")
	h.expect(admin, "verlauf "+m,
		at+"Sitzung erfasst · Gremium: Lenkungsgruppe; Datum: 12.01.2027; Anwesend: "+placeholder+", Eva Muster",
		at+"Sitzung gelöscht · Gremium: Lenkungsgruppe; Datum: 12.01.2027; Anwesend: "+placeholder+", Eva Muster")
	h.expect(admin, "verlauf "+aylin, at+"Personenbezogene Daten gelöscht", at+"Akteur erfasst · Name: (gelöscht); Organisation: (gelöscht)")
	h.expect(admin, "verlauf "+eva, at+"Datenschutzauskunft erteilt")

	h.do(admin, "einstellungen sprache englisch")
	const en = "• 2027-01-15 10:30 · @UADMIN · "
	h.expect(admin, "history "+p,
		en+"Schedule created · Schedule: 0 9 * * 1; Kind: network review; Time zone: Europe/Berlin",
		en+"Schedule paused · Status: active → paused",
		en+"Schedule resumed · Status: paused → active",
		en+"Schedule removed · Status: active → removed")
	h.expect(admin, "history "+g, en+"Member added: Erased person "+aylin+", Eva Muster")
	h.expect(admin, "history "+m, "== History: "+m+" ==", en+"Meeting deleted · Committee: Lenkungsgruppe; Date: 2027-01-12; Present: Erased person "+aylin+", Eva Muster")
	if a := h.auditOf("schedule", p); a[0].Changes[0].Field != "schedule_spec" || a[0].Changes[1] != (storage.Change{Field: "schedule_kind", After: "network-review"}) ||
		a[0].Changes[2].Field != "schedule_tz" {
		t.Fatalf("stored %+v", a[0].Changes)
	}
	h.expect(admin, "history "+aylin, "== History: Erased person "+aylin+" ("+aylin+") ==", en+"Personal data erased", en+"Stakeholder recorded · Name: (erased); Organisation: (erased)")
	h.expect(admin, "history "+eva, en+"Privacy report given")
}

func TestHistoryOfAReview(t *testing.T) {
	h := reviewHarness(t)
	h.do(coord, "überprüfung starten gremien:Steuerkreis zeitraum:7d")
	id := h.openReviewID()
	closed := h.do(coord, "überprüfung abschließen "+id)
	// Closing again shows the summary again and records nothing.
	if again := h.do(admin, "überprüfung abschließen "+id); again != closed || len(h.auditOf("review", id)) != 2 {
		t.Fatalf("closing again: %q, audit %+v", again, h.auditOf("review", id))
	}
	h.expect(coord, "verlauf "+id, "• 15.01.2027 10:30 · @U0COORD · Überprüfung gestartet", "• 15.01.2027 10:30 · @U0COORD · Überprüfung abgeschlossen")
	if err := h.team().SetSettings(context.Background(), h.settings(), storage.SettingsPatch{Language: new("en")}, admin, now); err != nil {
		t.Fatal(err)
	}
	h.expect(coord, "history "+id, "• 2027-01-15 10:30 · @U0COORD · Review started", "• 2027-01-15 10:30 · @U0COORD · Review closed")
}

func TestHistoryOfMoreActions(t *testing.T) {
	h := newHarness(t)
	eva := h.add(admin, `akteur neu "Eva Muster" org:VHS nutzer:<@U0EVA|eva>`)
	_, rest, _ := strings.Cut(h.do(admin, "zusage "+eva+" Bericht schreiben frist:15.02.2027"), "Zusage ")
	c, _, _ := strings.Cut(rest, " ")
	h.do(admin, "zusage erledigt "+c)
	h.do(admin, "zusage wiedereröffnen "+c+` notiz:"Noch offen"`)
	h.do(admin, "zusage notiz "+c+" Entwurf liegt vor")
	h.do(admin, "rolle vergeben @U0EVA koordinierende Stelle")
	h.do(admin, "rolle entziehen @U0EVA")
	h.do(admin, "einstellungen sektoren hinzufügen Kita, Hort")
	h.do(admin, "einstellungen sektoren entfernen Kita")
	h.do(admin, "einstellungen zeitzone Europe/Vienna")
	h.do(admin, `einstellungen netzwerkname "Bildung im Kreis"`)
	h.do(admin, "einstellungen anonymität 4")

	const at = "• 15.01.2027 10:30 · @UADMIN · "
	h.expect(admin, "verlauf "+c,
		at+"Zusage erledigt · Status: offen → erledigt",
		at+"Zusage wiedereröffnet · Status: erledigt → offen; Notiz: – → Noch offen",
		at+"Notiz zur Zusage · Notiz: Entwurf liegt vor")
	h.expect(admin, "verlauf <@U0EVA>", at+"Rolle entzogen · Rolle: Koordinierende Stelle → Mitglied")
	h.expect(admin, "verlauf einstellungen",
		at+"Bildungsbereich hinzugefügt: Kita, Hort",
		at+"Bildungsbereich entfernt: Kita",
		at+"Einstellung geändert · Zeitzone: Europe/Berlin → Europe/Vienna",
		at+"Einstellung geändert · Name des Netzwerks: – → Bildung im Kreis",
		at+"Einstellung geändert · Anonymität: 3 → 4")

	h.do(admin, "settings language en")
	const en = "• 2027-01-15 10:30 · @UADMIN · "
	h.expect(admin, "history "+c,
		en+"Commitment done · Status: open → done",
		en+"Commitment reopened · Status: done → open; Note: – → Noch offen",
		en+"Note on the commitment · Note: Entwurf liegt vor")
	h.expect(admin, "history <@U0EVA>", en+"Role revoked · Role: coordinator → member")
	h.expect(admin, "history settings",
		en+"Sector added: Kita, Hort",
		en+"Sector removed: Kita",
		en+"Setting changed · Time zone: Europe/Berlin → Europe/Vienna",
		en+"Setting changed · Network name: – → Bildung im Kreis",
		en+"Setting changed · Anonymity: 3 → 4")
}
