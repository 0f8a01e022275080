package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// registerFixture adds a committee and three stakeholders as admin and
// returns their ids: committee, Eva (decision maker, linked to U0EVA),
// Bernd (multiplier), Carla.
func registerFixture(h *harness) (committee, eva, bernd, carla string) {
	h.t.Helper()
	committee = h.add(admin, `gremium neu Lenkungsgruppe Bildung art:lenkungsgruppe zweck:kooperation`)
	eva = h.add(admin, `akteur neu "Eva Muster" org:"VHS Darmstadt" sektor:Erwachsenenbildung entscheidung:ja nutzer:<@U0EVA|eva>`)
	bernd = h.add(admin, `akteur neu "Bernd Beispiel" org:Schulamt sektor:Schule multiplikator:ja`)
	carla = h.add(admin, `akteur neu "Carla Jugend" sektor:Jugendhilfe`)
	return committee, eva, bernd, carla
}

func TestCommitteeMembersAddRemove(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	g, eva, bernd, carla := registerFixture(h)

	h.expect(coord, `gremium mitglieder hinzufügen "Lenkungsgruppe Bildung" `+eva+` "bernd beispiel"`,
		"Neu im Gremium „Lenkungsgruppe Bildung“: Eva Muster, Bernd Beispiel.")
	if got := h.memberIDs(g); !slices.Equal(got, sorted(eva, bernd)) {
		t.Fatalf("members %v", got)
	}
	a := h.auditOf("committee", g)
	if len(a) != 2 || a[1].Action != "committee.member_add" || a[1].Actor != coord ||
		changes(a[1]) != "member:  → "+eva+" Eva Muster\nmember:  → "+bernd+" Bernd Beispiel" {
		t.Fatalf("audit %+v", a)
	}

	h.expect(coord, "gremium mitglied hinzufügen "+g+" <@U0EVA|eva>, "+carla+","+bernd,
		"Neu im Gremium „Lenkungsgruppe Bildung“: Carla Jugend.", "Bereits Mitglied im Gremium „Lenkungsgruppe Bildung“: Eva Muster, Bernd Beispiel.")
	if got := h.memberIDs(g); len(got) != 3 {
		t.Fatalf("members %v", got)
	}
	if a := h.auditOf("committee", g); len(a) != 3 || len(a[2].Changes) != 1 {
		t.Fatalf("audit after second add %+v", a)
	}
	before := len(h.auditOf("committee", g))
	h.unchanged(coord, "gremium mitglieder hinzufügen "+g+" "+eva, "Bereits Mitglied")
	if len(h.auditOf("committee", g)) != before {
		t.Fatal("an add that changed nothing was audited")
	}

	h.expect("UMEMBER", "gremium zeige "+g, "3 Mitglieder:", bernd+" · Bernd Beispiel · Schulamt · Schule [Multiplikator/in]",
		eva+" · Eva Muster · VHS Darmstadt · Erwachsenenbildung [Entscheidungsträger/in]", carla+" · Carla Jugend · Jugendhilfe",
		"Mit Entscheidungsbefugnis: 1 von 3 Mitgliedern · Multiplikator/innen: 1")
	h.expect("UMEMBER", "gremium liste", "Lenkungsgruppe Bildung · Lenkungsgruppe · Kooperation · Mitglieder: 3")
	h.add(admin, "gremium neu AG Sprache art:arbeitsgruppe zweck:vernetzung")
	h.do(admin, "gremium mitglieder hinzufügen \"AG Sprache\" "+eva)
	h.expect("UMEMBER", "akteur zeige "+eva, "Gremien: AG Sprache, Lenkungsgruppe Bildung")

	h.expect(coord, "committee members remove "+g+" "+carla+" "+eva,
		"Aus dem Gremium „Lenkungsgruppe Bildung“ ausgetragen: Carla Jugend, Eva Muster.")
	if got := h.memberIDs(g); !slices.Equal(got, []string{bernd}) {
		t.Fatalf("members after remove %v", got)
	}
	a = h.auditOf("committee", g)
	if last := a[len(a)-1]; last.Action != "committee.member_remove" || changes(last) != "member: "+carla+" Carla Jugend → \nmember: "+eva+" Eva Muster → " {
		t.Fatalf("remove audit %+v", last)
	}
	h.unchanged(coord, "gremium mitglieder entfernen "+g+" "+eva, "Kein Mitglied im Gremium „Lenkungsgruppe Bildung“: Eva Muster.")
}

func TestCommitteeMembersRefusals(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, _ := registerFixture(h)
	h.add(admin, `akteur neu "Eva Muster" org:Jugendamt`)
	old := h.add(admin, `akteur neu "Otto Alt"`)
	h.do(admin, "akteur archivieren "+old)
	archivedCommittee := h.add(admin, "gremium neu AG Alt art:arbeitsgruppe zweck:vernetzung")
	h.do(admin, "gremium archivieren "+archivedCommittee)

	cases := []struct{ line, want string }{
		{"gremium mitglieder hinzufügen " + g + " " + bernd + " Niemand", "Es gibt keinen Akteur „Niemand“"},
		{"gremium mitglieder hinzufügen " + g + " " + bernd + ` "Eva Muster"`, "• " + eva + " Eva Muster"},
		{"gremium mitglieder hinzufügen " + g + " " + bernd + " " + old, "Akteur „Otto Alt“ ist archiviert und kann keinem Gremium hinzugefügt werden"},
		{"gremium mitglieder hinzufügen " + g + " " + bernd + " @eva", "lässt sich keiner Slack-Person zuordnen"},
		{"gremium mitglieder hinzufügen " + g, "Bitte nennen Sie nach dem Gremium mindestens einen Akteur"},
		{"gremium mitglieder hinzufügen " + g + " ,", "Bitte nennen Sie nach dem Gremium mindestens einen Akteur"},
		{"gremium mitglieder hinzufügen", "welches Gremium Sie meinen"},
		{"gremium mitglieder hinzufügen Beirat " + bernd, "Es gibt kein Gremium „Beirat“"},
		{"gremium mitglieder hinzufügen " + archivedCommittee + " " + bernd, "Das Gremium „AG Alt“ ist archiviert"},
		{"gremium mitglieder entfernen " + archivedCommittee + " " + bernd, "Das Gremium „AG Alt“ ist archiviert"},
		{"gremium mitglieder hinzufügen " + g + " " + bernd + " rolle:x", "Das Feld „rolle“ gibt es hier nicht"},
	}
	for _, c := range cases {
		h.unchanged(admin, c.line, c.want)
	}
	h.unchanged("UMEMBER", "gremium mitglieder hinzufügen "+g+" "+bernd, "erfordert die Rolle „Koordinierende Stelle“")
	h.unchanged("UMEMBER", "gremium mitglieder entfernen "+g+" "+bernd, "erfordert die Rolle „Koordinierende Stelle“")
}

func TestArchivedMembersAreNotCounted(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, _ := registerFixture(h)
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+eva+" "+bernd)
	h.expect(admin, "akteur archivieren "+eva, "wurde archiviert")
	out := h.expect(admin, "gremium zeige "+g, "1 Mitglied:", "Mit Entscheidungsbefugnis: 0 von 1 Mitglied · Multiplikator/innen: 1",
		"nicht aufgeführt und nicht mitgezählt: 1")
	if strings.Contains(out, "Eva") {
		t.Fatalf("archived member listed:\n%s", out)
	}
	h.expect(admin, "gremium liste", "Mitglieder: 1")
	h.expect(admin, "gremium mitglieder entfernen "+g+" "+eva, "ausgetragen: Eva Muster")
}
