package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The survey invitation and its reminders greet the member as a letter
// from an office would, in both languages.
func TestSurveyGreeting(t *testing.T) {
	h := newReviewClock(t, "2026-02-02 09:00")
	id := reviewedNetwork(h)
	ctx := context.Background()
	r, err := h.team().Review(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	anna := h.stakeholderNamed("Anna Schulz")
	committees, err := h.team().Committees(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, want string
	}{
		{"de", "Guten Tag, Anna Schulz, bitte bewerten Sie bis 16.03.2026 09:00 die Zusammenarbeit in den folgenden Gremien."},
		{"en", "Hello Anna Schulz, please rate the collaboration in the following committees by 2026-03-16 09:00."},
	} {
		if err := h.team().SetSettings(ctx, storage.Settings{}, storage.SettingsPatch{Language: new(tt.lang)}, admin, now); err != nil {
			t.Fatal(err)
		}
		for reminder := range 3 {
			msgs, err := h.core.SurveyInvitation(ctx, h.team(), r, anna, committees, reminder)
			if err != nil || len(msgs) == 0 {
				t.Fatalf("%s reminder %d: %v %v", tt.lang, reminder, msgs, err)
			}
			if !strings.Contains(msgs[0].Text+msgs[0].Blocks, tt.want) {
				t.Errorf("%s reminder %d: %s %s\nwant %q", tt.lang, reminder, msgs[0].Text, msgs[0].Blocks, tt.want)
			}
		}
	}
}

// stakeholderNamed returns the stakeholder called name.
func (h *harness) stakeholderNamed(name string) storage.Stakeholder {
	h.t.Helper()
	for _, s := range h.stakeholders() {
		if s.Name == name {
			return s
		}
	}
	h.t.Fatalf("no stakeholder %q", name)
	return storage.Stakeholder{}
}
