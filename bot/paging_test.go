package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// A page beyond the last is refused with the number of pages; the last
// page does not point to a next one.
func TestPageBeyondTheLast(t *testing.T) {
	h := newHarness(t)
	tm := h.store.Team(team)
	for i := range 60 {
		s := storage.Stakeholder{Name: fmt.Sprintf("Person %02d", i), Status: storage.StatusConfirmed, CreatedAt: now}
		if _, err := tm.AddStakeholder(context.Background(), s); err != nil {
			t.Fatal(err)
		}
	}
	h.expect(admin, "akteur liste seite:2", "Seite 2 von 3 – weiter mit „seite:3“")
	last := h.expect(admin, "akteur liste seite:3", "Seite 3 von 3", "Person 59")
	if strings.Contains(last, "weiter mit") {
		t.Errorf("the last page points to a next one:\n%s", last)
	}
	h.expect(admin, "akteur liste seite:4", "Die Liste endet mit Seite 3; eine Seite 4 gibt es nicht.")
	h.do(admin, "gremium neu AG art:arbeitsgruppe zweck:kooperation")
	h.expect(admin, "gremium liste seite:2", "Die Liste endet mit Seite 1; eine Seite 2 gibt es nicht.")
	h.do(admin, `zusage "Person 01" "Bericht" frist:20.01.2027`)
	h.expect(admin, "zusagen seite:5", "Die Liste endet mit Seite 1; eine Seite 5 gibt es nicht.")

	h.do(admin, "settings language en")
	h.expect(admin, "stakeholder list page:4", "The list ends with page 3; there is no page 4.")
	h.expect(admin, "stakeholder list page:3", "Page 3 of 3")
}
