package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	vocabulary.AddKeys(map[string]string{"gremium": "committee"})
}

// stakeholderStatuses are the values of stakeholder list's status option.
var stakeholderStatuses = []string{storage.StatusProposed, storage.StatusConfirmed, storage.StatusArchived}

// stakeholderList: stakeholder list [words…] [sector:…] [committee:…]
// [topic:…] [decision:yes|no] [multiplier:yes|no] [influence:…]
// [interest:…] [status:…] [page:N].
// Bare words must each occur in the name, organisation, role or a topic.
// Archived stakeholders are left out unless status:archived asks for them.
func stakeholderList(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"sector", "committee", "topics", "decision", "multiplier", "influence", "interest", "status", "page"})
	if err != nil {
		return Reply{}, err
	}
	f, err := cl.stakeholderFilter(bare, opts)
	if err != nil {
		return Reply{}, err
	}
	page, err := parsePage(opts)
	if err != nil {
		return Reply{}, err
	}
	list, err := cl.team.Stakeholders(cl.ctx, f)
	if err != nil {
		return Reply{}, err
	}
	if len(list) == 0 {
		if len(bare) > 0 || len(opts) > 0 {
			return Say(cl.lang.T("stakeholder.none_matching")), nil
		}
		return Say(cl.lang.T("stakeholder.none")), nil
	}
	if err := checkPage(page, len(list)); err != nil {
		return Reply{}, err
	}
	return pagedList(cl.lang, cl.lang.T("stakeholder.list_title", len(list)), len(list), page, func(i int) string {
		return cl.stakeholderLine(&list[i])
	}), nil
}

// stakeholderFilter turns the list's words and options into a filter; a
// bad value is refused as invalid input, an unknown committee with
// KindNotFound.
func (cl *call) stakeholderFilter(bare []cmdline.Value, opts map[string]cmdline.Value) (storage.StakeholderFilter, error) {
	f := storage.StakeholderFilter{Statuses: []string{storage.StatusProposed, storage.StatusConfirmed}}
	for _, v := range bare {
		f.Words = append(f.Words, v.Text)
	}
	var err error
	if v, ok := opts["sector"]; ok {
		if f.Sector, err = cl.parseSector(v); err != nil {
			return f, err
		}
	}
	if v, ok := opts["topics"]; ok {
		f.Topic = v.Text
	}
	if v, ok := opts["status"]; ok {
		status, err := parseNamedEnum(cl.lang, cl.lang.T("field.status"), v, "status.", stakeholderStatuses)
		if err != nil {
			return f, err
		}
		f.Statuses = []string{status}
	}
	levelOpts := []struct {
		key string
		ptr *string
	}{{"influence", &f.Influence}, {"interest", &f.Interest}}
	for _, o := range levelOpts {
		if v, ok := opts[o.key]; ok {
			if *o.ptr, err = parseNamedEnum(cl.lang, cl.keyName(o.key), v, "level.", levels); err != nil {
				return f, err
			}
		}
	}
	flags := []struct {
		key string
		ptr **bool
	}{{"decision", &f.Decision}, {"multiplier", &f.Multiply}}
	for _, flag := range flags {
		if v, ok := opts[flag.key]; ok {
			b, err := cmdline.ParseBool(cl.lang.T("field."+flag.key), v)
			if err != nil {
				return f, err
			}
			*flag.ptr = &b
		}
	}
	if v, ok := opts["committee"]; ok {
		c, err := cl.resolveCommittee([]cmdline.Value{v})
		if err != nil {
			return f, err
		}
		ms, err := cl.team.Members(cl.ctx, c.ID)
		if err != nil {
			return f, err
		}
		f.IDs = []string{}
		for _, m := range ms {
			f.IDs = append(f.IDs, m.Stakeholder)
		}
	}
	return f, nil
}
