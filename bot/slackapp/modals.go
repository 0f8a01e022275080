package slackapp

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// The forms' callback ids. Each form's submission becomes one command line.
const (
	formStakeholder = "stakeholder_add"
	formCommittee   = "committee_add"
	formCommit      = "commit"
)

// formCommands maps command paths without arguments to their form. Paths
// the core does not know yet (committees, commitments are built elsewhere)
// are matched literally as typed.
var formCommands = map[string]string{
	"stakeholder add": formStakeholder,
	"committee add":   formCommittee,
	"commit":          formCommit,
}

// maxInput is the longest text a form field accepts.
const maxInput = 3000

// formPrefill is what a form starts with.
type formPrefill struct {
	Text string // the commitment's text, from a message shortcut
}

// formFor returns the form to open for a command line without arguments,
// or "" when the line should run as typed.
func (a *App) formFor(line string) string {
	if path, bare := a.core.CommandPath(line); path != "" {
		if bare {
			return formCommands[path]
		}
		return ""
	}
	return formCommands[strings.ToLower(strings.Join(strings.Fields(line), " "))]
}

// openForm opens the form for src's trigger. Failures are logged.
func (a *App) openForm(ctx context.Context, src source, form string, pre formPrefill) {
	w := a.workspace(ctx, src.TeamID)
	meta, _ := json.Marshal(src)
	view := slack.ModalViewRequest{
		Type:            slack.VTModal,
		CallbackID:      form,
		PrivateMetadata: string(meta),
		Submit:          plain(w.Lang.T("modal.submit"), 24),
		Close:           plain(w.Lang.T("modal.cancel"), 24),
	}
	l := w.Lang
	switch form {
	case formStakeholder:
		view.Title = plain(l.T("modal.stakeholder"), 24)
		view.Blocks.BlockSet = stakeholderForm(w)
	case formCommittee:
		view.Title = plain(l.T("modal.committee"), 24)
		view.Blocks.BlockSet = []slack.Block{
			textInput("name", l.T("modal.name"), "", false, false),
			selectInput("kind", l.T("modal.kind"), w.CommitteeKinds),
			selectInput("purpose", l.T("modal.purpose"), w.CommitteePurposes),
		}
	case formCommit:
		view.Title = plain(l.T("modal.commitment"), 24)
		view.Blocks.BlockSet = commitForm(l, src.UserID, pre.Text)
	}
	if _, err := a.api.OpenViewContext(ctx, src.TriggerID, view); err != nil {
		a.log.Error().Err(err).Str("team_id", src.TeamID).Str("form", form).Msg("opening a form")
	}
}

func stakeholderForm(w bot.Workspace) []slack.Block {
	l := w.Lang
	sector := selectInput("sector", l.T("modal.sector"), w.Sectors)
	sector.Optional = true
	return []slack.Block{
		textInput("name", l.T("modal.name"), "", false, false),
		textInput("org", l.T("modal.org"), "", false, true),
		sector,
		checkbox("decision", l.T("modal.decision"), l.T("modal.decision_yes")),
		checkbox("multiplier", l.T("modal.multiplier"), l.T("modal.multiplier_yes")),
	}
}

func commitForm(l i18n.Lang, user, text string) []slack.Block {
	owner := slack.NewOptionsSelectBlockElement(slack.OptTypeUser, nil, "owner").WithInitialUser(user)
	return []slack.Block{
		slack.NewInputBlock("owner", plain(l.T("modal.owner"), 2000), nil, owner),
		textInput("text", l.T("modal.text"), truncate(text, maxInput), true, false),
		slack.NewInputBlock("due", plain(l.T("modal.due"), 2000), nil, slack.NewDatePickerBlockElement("due")),
		textInput("committee", l.T("modal.committee_opt"), "", false, true),
	}
}

// textInput is an input block whose element has the block's id as action id.
func textInput(id, label, initial string, multiline, optional bool) *slack.InputBlock {
	e := slack.NewPlainTextInputBlockElement(nil, id)
	e.Multiline, e.InitialValue, e.MaxLength = multiline, initial, maxInput
	b := slack.NewInputBlock(id, plain(label, 2000), nil, e)
	b.Optional = optional
	return b
}

// selectInput is a required select of the first 100 choices (Slack's
// limit); its element has the block's id as action id.
func selectInput(id, label string, choices []bot.Choice) *slack.InputBlock {
	opts := make([]*slack.OptionBlockObject, 0, len(choices))
	for _, c := range choices[:min(len(choices), 100)] {
		opts = append(opts, slack.NewOptionBlockObject(c.Value, plain(c.Label, 75), nil))
	}
	return slack.NewInputBlock(id, plain(label, 2000), nil, slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, nil, id, opts...))
}

// checkbox is an optional input with one box.
func checkbox(id, label, box string) *slack.InputBlock {
	b := slack.NewInputBlock(id, plain(label, 2000), nil,
		slack.NewCheckboxGroupsBlockElement(id, slack.NewOptionBlockObject("yes", plain(box, 75), nil)))
	b.Optional = true
	return b
}

// formLine builds the command line of a submitted form, or returns the
// errors to show next to its fields (block id → sentence).
func formLine(form string, values map[string]map[string]slack.BlockAction, l i18n.Lang) (string, map[string]string) {
	get := func(id string) slack.BlockAction { return values[id][id] }
	text := func(id string) string { return strings.TrimSpace(get(id).Value) }
	errs := map[string]string{}
	required := func(id, v string) {
		if v == "" {
			errs[id] = l.T("modal.err_required")
		}
	}
	var parts []string
	opt := func(key, v string) {
		if v != "" {
			parts = append(parts, key+":"+quote(v))
		}
	}
	switch form {
	case formStakeholder:
		required("name", text("name"))
		parts = []string{"stakeholder add", quote(text("name"))}
		opt("org", text("org"))
		opt("sector", get("sector").SelectedOption.Value)
		for _, id := range []string{"decision", "multiplier"} {
			if len(get(id).SelectedOptions) > 0 {
				parts = append(parts, id+":yes")
			}
		}
	case formCommittee:
		kind, purpose := get("kind").SelectedOption.Value, get("purpose").SelectedOption.Value
		required("name", text("name"))
		required("kind", kind)
		required("purpose", purpose)
		parts = []string{"committee add", quote(text("name")), "kind:" + quote(kind), "purpose:" + quote(purpose)}
	case formCommit:
		owner, due := get("owner").SelectedUser, get("due").SelectedDate
		required("owner", owner)
		required("text", text("text"))
		required("due", due)
		parts = []string{"commit", "<@" + owner + ">", quote(text("text")), "due:" + due}
		opt("committee", text("committee"))
	default:
		return "", nil
	}
	if len(errs) > 0 {
		return "", errs
	}
	return strings.Join(parts, " "), nil
}

// quote wraps a value in quotes the tokenizer reads back unchanged: straight
// quotes, or guillemets when the value contains straight or curly quotes.
func quote(v string) string {
	switch {
	case !strings.ContainsAny(v, "\"“”"):
		return `"` + v + `"`
	case !strings.ContainsRune(v, '»'):
		return "«" + v + "»"
	case !strings.ContainsRune(v, '«'):
		return "»" + v + "«"
	}
	return "«" + strings.ReplaceAll(v, "»", "›") + "»"
}
