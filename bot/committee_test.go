package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestCommitteeAddShowListEdit(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	line := `gremium neu Lenkungsgruppe Bildung art:lenkungsgruppe zweck:Kooperation aufgaben:"Strategie abstimmen" kanal:<#C0LENK|lenkung> rhythmus:quartalsweise`
	h.expect(coord, line, "Das Gremium „Lenkungsgruppe Bildung“ (Lenkungsgruppe, Kooperation) wurde angelegt")
	id := h.committees()[0].ID
	c := h.committee(id)
	if c.Name != "Lenkungsgruppe Bildung" || c.Kind != storage.KindSteering || c.Purpose != storage.PurposeCooperation ||
		c.Tasks != "Strategie abstimmen" || c.Channel != "C0LENK" || c.ChannelName != "lenkung" || c.Rhythm != "quartalsweise" ||
		c.Status != storage.CommitteeActive || c.CreatedBy != coord || !c.CreatedAt.Equal(now) {
		t.Fatalf("stored %+v", c)
	}
	if a := h.auditOf("committee", id); len(a) != 1 || a[0].Action != "committee.add" || a[0].Actor != coord ||
		!strings.Contains(changes(a[0]), "kind:  → steering") || !strings.Contains(changes(a[0]), "channel:  → #lenkung") {
		t.Fatalf("audit %+v", a)
	}

	ag := h.add(admin, `committee add "AG Übergänge" kind:"working group" purpose:networking channel:#ag-uebergaenge`)
	if c := h.committee(ag); c.Kind != storage.KindWorking || c.Purpose != storage.PurposeNetworking || c.Channel != "" || c.ChannelName != "ag-uebergaenge" {
		t.Fatalf("stored %+v", c)
	}
	h.add(admin, `gremium neu Bestand art:bestandsgremium zweck:vernetzung kanal:<#C0BEST>`)

	h.expect("UMEMBER", "gremium zeige lenkungsgruppe bildung", "== Lenkungsgruppe Bildung ==", "Art: Lenkungsgruppe", "Zweck: Kooperation",
		"Aufgaben: Strategie abstimmen", "Sitzungsrhythmus: quartalsweise", "Slack-Kanal: #lenkung", "Status: aktiv", "Kurz-ID: "+id,
		"noch keine Mitglieder")
	h.expect("UMEMBER", "gremium zeige Bestand", "Slack-Kanal: #C0BEST", "Art: Bestandsgremium")
	h.expect("UMEMBER", "committee show "+strings.ToUpper(ag), "AG Übergänge", "Art: Arbeitsgruppe")
	h.expect("UMEMBER", "gremium liste", "3 Gremien", ag+" · AG Übergänge · Arbeitsgruppe · Vernetzung · Mitglieder: 0",
		id+" · Lenkungsgruppe Bildung · Lenkungsgruppe · Kooperation")

	h.expect(coord, `gremium ändern Lenkungsgruppe Bildung rhythmus:monatlich kanal:- art:strategiegruppe aufgaben:"Strategie abstimmen"`,
		"Das Gremium „Lenkungsgruppe Bildung“ wurde geändert", "Sitzungsrhythmus: quartalsweise → monatlich", "Slack-Kanal: #lenkung → –",
		"Art: Lenkungsgruppe → Strategiegruppe")
	c = h.committee(id)
	if c.Rhythm != "monatlich" || c.Channel != "" || c.ChannelName != "" || c.Kind != storage.KindStrategy || c.Tasks != "Strategie abstimmen" || !c.UpdatedAt.Equal(now) {
		t.Fatalf("after edit %+v", c)
	}
	a := h.auditOf("committee", id)
	if len(a) != 2 || a[1].Action != "committee.edit" || len(a[1].Changes) != 3 || !strings.Contains(changes(a[1]), "rhythm: quartalsweise → monatlich") {
		t.Fatalf("edit audit %+v", a)
	}
	h.unchanged(coord, "gremium ändern "+id+" rhythmus:monatlich", "Am Gremium „Lenkungsgruppe Bildung“ hat sich nichts geändert")

	h.expect(coord, `gremium ändern `+id+` name:"Steuerung Bildung"`, "Name: Lenkungsgruppe Bildung → Steuerung Bildung")
	h.expect(coord, `gremium ändern `+id+` name:"steuerung bildung"`, "Name: Steuerung Bildung → steuerung bildung")
	if c := h.committee(id); c.Name != "steuerung bildung" || c.NameKey != "steuerung bildung" {
		t.Fatalf("after renames %+v", c)
	}
	h.expect("UMEMBER", "gremium zeige Steuerung Bildung", "Kurz-ID: "+id)
}

func TestCommitteeArchive(t *testing.T) {
	h := newHarness(t)
	id := h.add(admin, "gremium neu AG Alt art:arbeitsgruppe zweck:vernetzung")
	h.add(admin, "gremium neu AG Neu art:arbeitsgruppe zweck:vernetzung")
	h.expect(admin, "gremium archivieren ag alt", "Das Gremium „AG Alt“ wurde archiviert", "gremium liste status:archiviert")
	if c := h.committee(id); c.Status != storage.CommitteeArchived {
		t.Fatalf("status %q", c.Status)
	}
	a := h.auditOf("committee", id)
	if len(a) != 2 || a[1].Action != "committee.archive" || changes(a[1]) != "status: active → archived" {
		t.Fatalf("audit %+v", a)
	}
	out := h.expect(admin, "gremium liste", "1 Gremium", "AG Neu")
	if strings.Contains(out, "AG Alt") {
		t.Fatalf("archived committee listed:\n%s", out)
	}
	h.expect(admin, "gremium liste status:archiviert", "1 archiviertes Gremium", "AG Alt")
	h.expect(admin, "committee list status:archived", "AG Alt")
	h.expect(admin, "gremium zeige AG Alt", "Status: archiviert")
	h.unchanged(admin, "gremium archivieren AG Alt", "ist bereits archiviert. Es wurde nichts geändert")
	h.unchanged(admin, "gremium ändern AG Alt rhythmus:monatlich", "Das Gremium „AG Alt“ ist archiviert und kann nicht mehr geändert werden")
	h.unchanged(admin, "gremium neu ag alt art:arbeitsgruppe zweck:vernetzung", "Es gibt bereits ein archiviertes Gremium „AG Alt“")
}

func TestCommitteeRefusals(t *testing.T) {
	h := newHarness(t)
	h.add(admin, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:kooperation")
	h.add(admin, "gremium neu AG Sprache art:arbeitsgruppe zweck:vernetzung")
	long := strings.Repeat("x", 2001)
	cases := []struct{ line, want string }{
		{"gremium neu art:arbeitsgruppe zweck:vernetzung", "Bitte geben Sie einen Namen an"},
		{"gremium neu " + strings.Repeat("x", 201) + " art:arbeitsgruppe zweck:vernetzung", "höchstens 200 Zeichen"},
		{"gremium neu AG zweck:vernetzung", "Bitte geben Sie die Art des Gremiums an, z. B. art:arbeitsgruppe. Möglich sind: Lenkungsgruppe, Strategiegruppe, Arbeitsgruppe, Bestandsgremium."},
		{"gremium neu AG art:Beirat zweck:vernetzung", "Für „Art“ ist „Beirat“ nicht zulässig. Möglich sind: Lenkungsgruppe, Strategiegruppe, Arbeitsgruppe, Bestandsgremium."},
		{"gremium neu AG art:arbeitsgruppe", "Bitte geben Sie den Zweck des Gremiums an"},
		{"gremium neu AG art:arbeitsgruppe zweck:feiern", "Für „Zweck“ ist „feiern“ nicht zulässig. Möglich sind: Vernetzung, Kooperation."},
		{"gremium neu LENKUNGSGRUPPE art:arbeitsgruppe zweck:vernetzung", "Es gibt bereits ein Gremium „Lenkungsgruppe“"},
		{"gremium neu AG art:arbeitsgruppe zweck:vernetzung kanal:lenkung", "„lenkung“ ist kein Slack-Kanal"},
		{"gremium neu AG art:arbeitsgruppe zweck:vernetzung kanal:<#lower|x>", "ist kein Slack-Kanal"},
		{`gremium neu AG art:arbeitsgruppe zweck:vernetzung kanal:"#a b"`, "ist kein Slack-Kanal"},
		{"gremium neu AG art:arbeitsgruppe zweck:vernetzung aufgaben:" + long, "Der Text für „Aufgaben“ ist zu lang: höchstens 2.000 Zeichen"},
		{"gremium neu AG art:arbeitsgruppe zweck:vernetzung rhythmus:" + strings.Repeat("y", 201), "Der Text für „Sitzungsrhythmus“ ist zu lang"},
		{"gremium neu AG art:arbeitsgruppe zweck:vernetzung farbe:blau", "Das Feld „farbe“ gibt es hier nicht. Möglich sind: name, art, zweck, aufgaben, rhythmus, kanal"},
		{"gremium neu AG art:arbeitsgruppe art:lenkungsgruppe zweck:vernetzung", "mehrfach angegeben"},
		{"gremium zeige", "welches Gremium Sie meinen"},
		{"gremium zeige Beirat", "Es gibt kein Gremium „Beirat“"},
		{"gremium ändern Lenkungsgruppe", "Bitte geben Sie an, was geändert werden soll, z. B. rhythmus:monatlich"},
		{"gremium ändern Beirat rhythmus:monatlich", "Es gibt kein Gremium „Beirat“"},
		{`gremium ändern Lenkungsgruppe name:"ag sprache"`, "Es gibt bereits ein Gremium „AG Sprache“"},
		{"gremium ändern Lenkungsgruppe art:Beirat rhythmus:monatlich", "Für „Art“ ist „Beirat“ nicht zulässig"},
		{"gremium ändern Lenkungsgruppe rhythmus:monatlich zweck:x", "Für „Zweck“ ist „x“ nicht zulässig"},
		{"gremium archivieren Beirat", "Es gibt kein Gremium „Beirat“"},
		{"gremium liste status:weg", "Für „Status“ ist „weg“ nicht zulässig. Möglich sind: aktiv, archiviert."},
		{"gremium liste seite:x", "keine gültige Seitenzahl"},
		{"gremium", "Möglich sind: ändern, archivieren, liste, mitglieder, neu, zeige"},
	}
	for _, c := range cases {
		h.unchanged(admin, c.line, c.want)
	}
}

func TestCommitteeRoles(t *testing.T) {
	h := newHarness(t)
	h.add(admin, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:kooperation")
	const needsCoordinator = "erfordert die Rolle „Koordinierende Stelle“. Es wurde nichts geändert."
	for _, line := range []string{
		"gremium neu AG art:arbeitsgruppe zweck:vernetzung",
		"gremium ändern Lenkungsgruppe rhythmus:monatlich",
		"gremium archivieren Lenkungsgruppe",
	} {
		h.unchanged("UMEMBER", line, needsCoordinator)
	}
	h.expect("UMEMBER", "gremium liste", "Lenkungsgruppe")
	h.expect("UMEMBER", "gremium zeige Lenkungsgruppe", "Lenkungsgruppe")
}

func TestCommitteeInEnglish(t *testing.T) {
	h := newHarness(t)
	if err := h.team().SetSettings(context.Background(), storage.Settings{}, storage.SettingsPatch{Language: new("en")}, admin, now); err != nil {
		t.Fatal(err)
	}
	h.expect(admin, "committee add Steering kind:steering purpose:cooperation rhythm:quarterly",
		"The committee “Steering” (steering group, cooperation) was created")
	h.expect(admin, "committee add WG kind:board purpose:networking", "“board” is not allowed for “Kind”. Possible: steering, strategy, working, existing.")
	h.expect(admin, "committee add Steering kind:working purpose:networking", "There already is a committee “Steering”")
	h.expect(admin, "committee show steering", "Kind: steering group", "Purpose: cooperation", "Meeting rhythm: quarterly", "Status: active")
	h.expect(admin, "committee list", "1 committee", "Steering · steering group · cooperation · members: 0")
}
