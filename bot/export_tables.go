package bot

import (
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// exportStakeholders: export stakeholders [csv|json] – every stakeholder,
// archived ones included, with their committees.
func exportStakeholders(cl *call) (Reply, error) { return exportFile(cl, stakeholderTable) }

// exportCommitments: export commitments [csv|json] – every commitment.
func exportCommitments(cl *call) (Reply, error) { return exportFile(cl, commitmentTable) }

// exportCommittees: export committees [csv|json] – every committee with
// its members.
func exportCommittees(cl *call) (Reply, error) { return exportFile(cl, committeeTable) }

type stakeholderRecord struct {
	ID            string    `json:"id"`
	Name          string    `json:"name"`
	Organisation  string    `json:"organisation"`
	Sector        string    `json:"sector"`
	Role          string    `json:"role"`
	Email         string    `json:"email"`
	SlackUser     string    `json:"slack_user"`
	DecisionMaker bool      `json:"decision_maker"`
	Multiplier    bool      `json:"multiplier"`
	Influence     string    `json:"influence"`
	Interest      string    `json:"interest"`
	Topics        []string  `json:"topics"`
	Committees    []string  `json:"committees"`
	Notes         string    `json:"notes"`
	Status        string    `json:"status"`
	CreatedAt     time.Time `json:"created_at"`
	UpdatedAt     time.Time `json:"updated_at"`
}

func stakeholderTable(cl *call) (table, error) {
	ss, _, x, err := cl.everything()
	if err != nil {
		return table{}, err
	}
	t := table{kind: "stakeholders", header: []string{"id", "name", "org", "sector", "role", "email", "user",
		"decision", "multiplier", "influence", "interest", "topics", "committees", "notes", "status", "created", "updated"}}
	records := make([]stakeholderRecord, 0, len(ss))
	for _, s := range ss {
		committees := lookup(x.memberOf[s.ID], x.committees)
		records = append(records, stakeholderRecord{
			ID: s.ID, Name: s.Name, Organisation: s.Org, Sector: s.Sector, Role: s.Role, Email: s.Email,
			SlackUser: s.SlackUser, DecisionMaker: s.DecisionMaker, Multiplier: s.Multiplier,
			Influence: s.Influence, Interest: s.Interest, Topics: orEmpty(s.Topics), Committees: orEmpty(committees),
			Notes: s.Notes, Status: s.Status, CreatedAt: s.CreatedAt, UpdatedAt: s.UpdatedAt,
		})
		t.rows = append(t.rows, []string{s.ID, s.Name, s.Org, cl.sectorLabel(s.Sector), s.Role, s.Email, s.SlackUser,
			yesNoCell(cl.lang, s.DecisionMaker), yesNoCell(cl.lang, s.Multiplier),
			levelCell(cl.lang, s.Influence), levelCell(cl.lang, s.Interest),
			strings.Join(s.Topics, ", "), strings.Join(committees, ", "), s.Notes,
			cl.lang.T("status." + s.Status), cl.stampCell(s.CreatedAt), cl.stampCell(s.UpdatedAt)})
	}
	t.records = records
	return t, nil
}

type commitmentRecord struct {
	ID          string    `json:"id"`
	Text        string    `json:"text"`
	OwnerID     string    `json:"owner_id"`
	Owner       string    `json:"owner"`
	CommitteeID string    `json:"committee_id"`
	Committee   string    `json:"committee"`
	Due         string    `json:"due"`
	Status      string    `json:"status"`
	Overdue     bool      `json:"overdue"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

func commitmentTable(cl *call) (table, error) {
	_, _, x, err := cl.everything()
	if err != nil {
		return table{}, err
	}
	list, err := cl.team.Commitments(cl.ctx, storage.CommitmentFilter{})
	if err != nil {
		return table{}, err
	}
	today := cl.commitmentToday()
	t := table{kind: "commitments", header: []string{"id", "text", "owner_id", "owner", "committee_id", "committee",
		"due", "status", "overdue", "created", "updated"}}
	records := make([]commitmentRecord, 0, len(list))
	for _, c := range list {
		r := commitmentRecord{ID: c.ID, Text: c.Text, OwnerID: c.Owner, Owner: x.stakeholders[c.Owner],
			CommitteeID: c.Committee, Committee: x.committees[c.Committee], Due: c.Due, Status: c.Status,
			Overdue: c.Overdue(today), CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
		records = append(records, r)
		t.rows = append(t.rows, []string{r.ID, r.Text, r.OwnerID, r.Owner, r.CommitteeID, r.Committee, r.Due,
			cl.lang.T("commitment.status." + c.Status), yesNoCell(cl.lang, r.Overdue),
			cl.stampCell(c.CreatedAt), cl.stampCell(c.UpdatedAt)})
	}
	t.records = records
	return t, nil
}

type committeeRecord struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Kind        string    `json:"kind"`
	Purpose     string    `json:"purpose"`
	Tasks       string    `json:"tasks"`
	Rhythm      string    `json:"rhythm"`
	Channel     string    `json:"channel"`
	ChannelName string    `json:"channel_name"`
	Status      string    `json:"status"`
	MemberIDs   []string  `json:"member_ids"`
	Members     []string  `json:"members"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

func committeeTable(cl *call) (table, error) {
	_, cs, x, err := cl.everything()
	if err != nil {
		return table{}, err
	}
	t := table{kind: "committees", header: []string{"id", "name", "kind", "purpose", "tasks", "rhythm", "channel",
		"status", "member_count", "members", "created", "updated"}}
	records := make([]committeeRecord, 0, len(cs))
	for _, c := range cs {
		ids := orEmpty(x.members[c.ID])
		names := lookup(ids, x.stakeholders)
		records = append(records, committeeRecord{ID: c.ID, Name: c.Name, Kind: c.Kind, Purpose: c.Purpose,
			Tasks: c.Tasks, Rhythm: c.Rhythm, Channel: c.Channel, ChannelName: c.ChannelName, Status: c.Status,
			MemberIDs: ids, Members: names, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt})
		channel := c.ChannelName
		if channel != "" {
			channel = "#" + channel
		}
		t.rows = append(t.rows, []string{c.ID, c.Name, enumName(cl.lang, "committee.kind.", c.Kind),
			enumName(cl.lang, "committee.purpose.", c.Purpose), c.Tasks, c.Rhythm, channel,
			cl.lang.T("committee.status." + c.Status), strconv.Itoa(len(ids)), strings.Join(names, ", "),
			cl.stampCell(c.CreatedAt), cl.stampCell(c.UpdatedAt)})
	}
	t.records = records
	return t, nil
}

// enumName shows a stored value by its catalog name under prefix; empty
// for an empty value.
func enumName(l i18n.Lang, prefix, v string) string {
	if v == "" {
		return ""
	}
	return l.T(prefix + v)
}

// orEmpty turns nil into an empty list, so JSON shows [] rather than null.
func orEmpty(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
