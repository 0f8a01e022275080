package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

func TestSurveyForm(t *testing.T) {
	h := reviewHarness(t)
	h.expect(admin, "settings language en", "English")
	h.expect(admin, `settings dimensions "Strategic alignment", "Ways of working", Participation, "Our own goal"`, "Our own goal")
	h.expect(coord, "review start committees:Steuerkreis", "started")
	id := h.openReviewID()
	form := func(user, line string) (bot.SurveyForm, string, bool) {
		f, refusal, ok := h.core.SurveyForm(context.Background(), bot.Request{TeamID: team, UserID: user, Text: line})
		return f, bot.PlainText(refusal), ok
	}

	f, _, ok := form(eva, "review survey "+id+" Steuerkreis")
	if !ok || f.ReviewID != id || f.Title != "Survey: Steuerkreis" || len(f.Dimensions) != 4 || f.Dimensions[3] != "Our own goal" ||
		f.Previous != nil || f.ChangeLabel != "What should change?" {
		t.Fatalf("form %+v", f)
	}
	if len(f.Ratings) != 5 || f.Ratings[0] != (bot.Choice{Value: "1", Label: "1 – not at all"}) || f.Ratings[4].Label != "5 – fully" {
		t.Errorf("ratings %+v", f.Ratings)
	}
	h.expect(eva, "review answer "+id+` Steuerkreis 4 3 5 2 change:"More meetings"`, "Thank you")
	if f, _, _ = form(eva, "review survey "+id+" "+f.CommitteeID); !slices.Equal(f.Previous, []int{4, 3, 5, 2}) || f.Text != "More meetings" {
		t.Errorf("prefilled form %+v", f)
	}

	for _, c := range []struct{ user, line, want string }{
		{member, "review survey " + id + " Steuerkreis", "not recorded as a member"},
		{eva, "review survey rzzzz Steuerkreis", "rzzzz"},
		{eva, "review survey " + id, "id of the network review and the committee"},
		{eva, "review status", "id of the network review and the committee"},
	} {
		if _, refusal, ok := form(c.user, c.line); ok || !strings.Contains(refusal, c.want) {
			t.Errorf("%s: ok %v, refusal %q", c.line, ok, refusal)
		}
	}
	h.expect(coord, "review close "+id, "Result")
	if _, refusal, ok := form(eva, "review survey "+id+" Steuerkreis"); ok || !strings.Contains(refusal, "is closed") {
		t.Errorf("closed review: ok %v, refusal %q", ok, refusal)
	}
}
