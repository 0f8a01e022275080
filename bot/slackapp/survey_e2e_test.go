package slackapp_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// openSurveyReview links member to a stakeholder in the committee
// "Steuerkreis", opens a review of it with the real engine and returns the
// review and the engine.
func (e *env) openSurveyReview(t *testing.T) (storage.Review, *review.Engine) {
	t.Helper()
	owner := e.linkMember(t)
	ctx, tm := context.Background(), e.store.Team(team)
	c, err := tm.AddCommittee(ctx, storage.Committee{Name: "Steuerkreis", Kind: storage.KindSteering, Purpose: storage.PurposeNetworking, Status: storage.CommitteeActive})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tm.AddMember(ctx, c.ID, owner, admin, time.Now()); err != nil {
		t.Fatal(err)
	}
	engine := review.NewEngine(review.EngineOptions{Store: e.store, Composer: e.core, Log: zerolog.Nop()})
	e.core.SetReviews(engine)
	r, err := engine.Open(ctx, tm, review.OpenRequest{By: admin, Committees: []string{c.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Dimensions) < 2 {
		t.Fatalf("review with dimensions %q", r.Dimensions)
	}
	return r, engine
}

// surveyAnswers returns the stored answers to review id.
func (e *env) surveyAnswers(id string) []storage.SurveyAnswer {
	e.t.Helper()
	list, err := e.store.Team(team).SurveyAnswers(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return list
}

// surveyView is the part of an opened survey form the tests look at.
type surveyView struct {
	CallbackID string `json:"callback_id"`
	Title      struct {
		Text string `json:"text"`
	} `json:"title"`
	Blocks []struct {
		BlockID string `json:"block_id"`
		Label   struct {
			Text string `json:"text"`
		} `json:"label"`
		Element struct {
			Type          string `json:"type"`
			InitialValue  string `json:"initial_value"`
			InitialOption *struct {
				Value string `json:"value"`
			} `json:"initial_option"`
			Options []struct {
				Value string `json:"value"`
				Text  struct {
					Text string `json:"text"`
				} `json:"text"`
			} `json:"options"`
		} `json:"element"`
	} `json:"blocks"`
}

// selects returns the block ids and initial values ("" for none) of the
// view's static selects whose block id starts with prefix: "rating" for
// the dimensions, "consolidation-" for the consolidation questions.
func (v surveyView) selects(prefix string) (ids, initial []string) {
	for _, b := range v.Blocks {
		if b.Element.Type == "static_select" && strings.HasPrefix(b.BlockID, prefix) {
			ids = append(ids, b.BlockID)
			if b.Element.InitialOption != nil {
				initial = append(initial, b.Element.InitialOption.Value)
			} else {
				initial = append(initial, "")
			}
		}
	}
	return ids, initial
}

// surveyValues are a survey submission's values: the ratings for the
// selects (0 leaves one empty) and the free text.
func surveyValues(ids []string, ratings []int, text string) map[string]map[string]any {
	values := map[string]map[string]any{
		"change": {"change": map[string]any{"type": "plain_text_input", "value": text}},
	}
	for i, id := range ids {
		sel := map[string]any{"type": "static_select"}
		if ratings[i] > 0 {
			sel["selected_option"] = map[string]any{"value": fmt.Sprint(ratings[i])}
		}
		values[id] = map[string]any{id: sel}
	}
	return values
}

func TestSurveyButtonOpensFormAndStoresAnswer(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		r, _ := e.openSurveyReview(t)
		button := "review survey " + r.ID + " " + r.Committees[0]
		e.tr.interact(t, buttonPayload(e, member, button))
		_, meta := e.openedForm(0)
		var v surveyView
		_ = json.Unmarshal(e.fake.Views()[0].View, &v)
		ids, initial := v.selects("rating")
		if v.CallbackID != "review_survey" || len(ids) != len(r.Dimensions) || !strings.Contains(v.Title.Text, "Steuerkreis") {
			t.Fatalf("opened %s", e.fake.Views()[0].View)
		}
		view := texts(e.fake.Views()[0].View)
		for _, want := range []string{"Strategische Ausrichtung", "1 – trifft nicht zu", "5 – trifft voll zu", "Was sollte sich ändern?",
			"erst, wenn mindestens 3 Mitglieder dieses Gremiums geantwortet haben", "Verstetigung (freiwillig)",
			"Ist das Gremium durch einen Auftrag verankert", "teilweise"} {
			if !strings.Contains(view, want) {
				t.Errorf("form lacks %q:\n%s", want, view)
			}
		}
		if slices.ContainsFunc(initial, func(s string) bool { return s != "" }) {
			t.Errorf("a first form is prefilled: %q", initial)
		}

		ratings := make([]int, len(ids))
		for i := range ratings {
			ratings[i] = i%5 + 1
		}
		missing := slices.Clone(ratings)
		missing[1] = 0
		var ack struct {
			ResponseAction string            `json:"response_action"`
			Errors         map[string]string `json:"errors"`
		}
		before := len(e.rec.requests())
		raw := e.tr.interact(t, submission(member, "review_survey", meta, surveyValues(ids, missing, "")))
		if err := json.Unmarshal(raw, &ack); err != nil || ack.ResponseAction != "errors" || ack.Errors[ids[1]] == "" || len(ack.Errors) != 1 {
			t.Fatalf("ack without a rating %s", raw)
		}
		if n := len(e.surveyAnswers(r.ID)); n != 0 || len(e.rec.requests()) != before {
			t.Fatalf("a form without a rating stored %d answers, ran %+v", n, e.rec.requests()[before:])
		}

		const text = `Mehr "gemeinsame" Termine`
		full := surveyValues(ids, ratings, text)
		questions, _ := v.selects("consolidation-")
		if len(questions) != 3 {
			t.Fatalf("consolidation selects %q", questions)
		}
		full[questions[0]] = map[string]any{questions[0]: map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "yes"}}}
		full[questions[2]] = map[string]any{questions[2]: map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "no"}}}
		if ack := e.tr.interact(t, submission(member, "review_survey", meta, full)); len(ack) > 0 && string(ack) != "null" {
			t.Errorf("ack of a full form %s", ack)
		}
		e.waitFor("the answer", func() bool { return len(e.surveyAnswers(r.ID)) == 1 })
		if a := e.surveyAnswers(r.ID)[0]; !slices.Equal(a.Ratings, ratings) || a.Text != text || a.User != member ||
			!slices.Equal(a.Consolidation, []string{"yes", "", "no"}) {
			t.Errorf("stored %+v", a)
		}
		if got := e.rec.requests(); len(got) == 0 || !strings.HasPrefix(got[len(got)-1].Text, `review answer "`+r.ID+`"`) || got[len(got)-1].UserID != member {
			t.Errorf("lines %+v", got)
		}

		click := buttonPayload(e, member, button)
		e.tr.interact(t, click)
		_, meta = e.openedForm(1)
		var again surveyView
		_ = json.Unmarshal(e.fake.Views()[1].View, &again)
		_, initial = again.selects("rating")
		for i, want := range ratings {
			if initial[i] != fmt.Sprint(want) {
				t.Errorf("select %d starts at %q, want %d", i+1, initial[i], want)
			}
		}
		if _, initial := again.selects("consolidation-"); !slices.Equal(initial, []string{"yes", "", "no"}) {
			t.Errorf("consolidation selects start at %q", initial)
		}
		if last := again.Blocks[len(again.Blocks)-1]; last.Element.InitialValue != text {
			t.Errorf("free text starts as %q", last.Element.InitialValue)
		}
		changed := slices.Repeat([]int{5}, len(ids))
		e.tr.interact(t, submission(member, "review_survey", meta, surveyValues(ids, changed, "")))
		e.waitFor("the new answer", func() bool {
			a := e.surveyAnswers(r.ID)
			return len(a) == 1 && slices.Equal(a[0].Ratings, changed)
		})
		if a := e.surveyAnswers(r.ID)[0]; a.Text != "" {
			t.Errorf("replaced answer keeps text %q", a.Text)
		}
		if reply := e.replyTo(click["response_url"].(string)); !strings.Contains(texts(reply.Blocks), "Vielen Dank") {
			t.Errorf("reply to the submission %s", reply.Blocks)
		}
	})
}

func TestSurveyCommandOpensForm(t *testing.T) {
	e := newEnv(t, "http")
	r, _ := e.openSurveyReview(t)
	e.tr.slash(t, e.command(member, "überprüfung umfrage "+r.ID+" Steuerkreis"))
	if callback, _ := e.openedForm(0); callback != "review_survey" {
		t.Errorf("opened %s", e.fake.Views()[0].View)
	}
}

func TestSurveyFormRefusals(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		r, engine := e.openSurveyReview(t)
		for _, c := range []struct{ user, line, want string }{
			{admin, "review survey " + r.ID + " Steuerkreis", "nicht als Mitglied"},
			{member, "review survey rzzzz Steuerkreis", "„rzzzz“ gibt es nicht"},
		} {
			click := buttonPayload(e, c.user, c.line)
			e.tr.interact(t, click)
			if reply := e.replyTo(click["response_url"].(string)); !strings.Contains(texts(reply.Blocks), c.want) {
				t.Errorf("%s: reply %s", c.line, reply.Blocks)
			}
		}
		if _, err := engine.Close(context.Background(), e.store.Team(team), r.ID, admin); err != nil {
			t.Fatal(err)
		}
		click := buttonPayload(e, member, "review survey "+r.ID+" Steuerkreis")
		e.tr.interact(t, click)
		if reply := e.replyTo(click["response_url"].(string)); !strings.Contains(texts(reply.Blocks), "bereits abgeschlossen") {
			t.Errorf("closed review: reply %s", reply.Blocks)
		}
		if len(e.fake.Views()) != 0 {
			t.Errorf("refused forms opened %d views", len(e.fake.Views()))
		}
	})
}
