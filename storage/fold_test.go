package storage_test

import (
	"context"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestFold(t *testing.T) {
	for _, group := range [][]string{
		{"Weiß", "Weiss", "WEISS", "weiß"},
		{"Müller", "Muller", "Mueller", "MÜLLER", "müller"},
		{"Yılmaz", "Yilmaz"},
		{"Görlitz", "Goerlitz", "Gorlitz"},
		{"José  Martínez", "Jose Martinez"},
		{"Frühe Bildung", "fruehe bildung"},
	} {
		for _, s := range group[1:] {
			if storage.Fold(s) != storage.Fold(group[0]) {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", s, storage.Fold(s), group[0], storage.Fold(group[0]))
			}
		}
	}
	for a, b := range map[string]string{"Weiß": "Weis", "Müller": "Miller", "Eva": "Ewa"} {
		if storage.Fold(a) == storage.Fold(b) {
			t.Errorf("Fold(%q) = Fold(%q)", a, b)
		}
	}
}

// Names and words are found as typed: without umlauts or ß, in any case;
// an exact name still wins over a folded one.
func TestFindsPeopleAsTyped(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	add := func(name, org string) storage.Stakeholder {
		s, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: name, Org: org, Status: storage.StatusConfirmed, CreatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	weiss, mueller := add("Jürgen Weiß", "Stadt Köln"), add("Anna Müller", "Schulamt")
	for typed, want := range map[string]string{"jürgen weiss": weiss.ID, "Jurgen Weiss": weiss.ID, "anna muller": mueller.ID, "Anna Mueller": mueller.ID} {
		if got, err := team.StakeholdersByName(ctx, typed); err != nil || len(got) != 1 || got[0].ID != want {
			t.Errorf("StakeholdersByName(%q) = %v, %v; want %s", typed, got, err, want)
		}
	}
	muller := add("Anna Muller", "")
	if got, _ := team.StakeholdersByName(ctx, "Anna Muller"); len(got) != 1 || got[0].ID != muller.ID {
		t.Errorf("the exact name did not win: %v", got)
	}
	for word, want := range map[string]int{"Weiss": 1, "koln": 1, "Mueller": 2, "MULLER": 2, "weis": 1, "Miller": 0} {
		if got, _ := team.Stakeholders(ctx, storage.StakeholderFilter{Words: []string{word}}); len(got) != want {
			t.Errorf("search %q found %d, want %d", word, len(got), want)
		}
	}
	c, err := team.AddCommittee(ctx, storage.Committee{Name: "AG Übergänge", Kind: storage.KindSteering, Purpose: storage.PurposeNetworking, Status: storage.CommitteeActive})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := team.CommitteeByName(ctx, "ag uebergaenge"); err != nil || got.ID != c.ID {
		t.Errorf("CommitteeByName folded: %v %v", got, err)
	}
}
