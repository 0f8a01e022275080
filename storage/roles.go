package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// Role is what a Slack user may do. Roles are ordered: an admin may do
// everything a coordinator may, a coordinator everything a member may.
type Role int

// The roles. Everyone without a stored role is a member.
const (
	RoleMember Role = iota
	RoleCoordinator
	RoleAdmin
)

// String returns the role's name as typed in commands.
func (r Role) String() string {
	switch r {
	case RoleAdmin:
		return "admin"
	case RoleCoordinator:
		return "coordinator"
	default:
		return "member"
	}
}

// ParseRole returns the role named s, and false for an unknown name.
func ParseRole(s string) (Role, bool) {
	switch s {
	case "admin":
		return RoleAdmin, true
	case "coordinator":
		return RoleCoordinator, true
	case "member":
		return RoleMember, true
	}
	return RoleMember, false
}

const roles = "roles"

// RoleGrant is a user's stored role in a workspace.
type RoleGrant struct {
	Scope     `bson:",inline"`
	DocID     string    `bson:"_id"`
	User      string    `bson:"user"`
	Role      string    `bson:"role"`
	GrantedBy string    `bson:"granted_by"`
	GrantedAt time.Time `bson:"granted_at"`
}

// Role returns the stored role of user, RoleMember when none is stored.
func (t *Team) Role(ctx context.Context, user string) (Role, error) {
	var g RoleGrant
	err := t.findOne(ctx, roles, bson.D{{Key: "_id", Value: t.docID(user)}}, &g)
	if IsNotFound(err) {
		return RoleMember, nil
	}
	if err != nil {
		return RoleMember, err
	}
	r, _ := ParseRole(g.Role)
	return r, nil
}

// SetRole stores user's role; RoleMember removes the stored role.
// Idempotent. Through WithAudit the role and its audit entry are stored
// together.
func (t *Team) SetRole(ctx context.Context, user string, r Role, by string, at time.Time) error {
	docID := t.docID(user)
	ch := change{target: user, writes: []write{deleteWrite(roles, docID)}}
	if r != RoleMember {
		g := bson.D{
			{Key: "team_id", Value: t.id}, {Key: "user", Value: user}, {Key: "role", Value: r.String()},
			{Key: "granted_by", Value: by}, {Key: "granted_at", Value: at.UTC()},
		}
		w, err := setWrite(roles, docID, g, 0)
		if err != nil {
			return err
		}
		w.Upsert = true
		ch.writes = []write{w}
	}
	return t.commit(ctx, ch)
}

// Roles returns every stored grant, sorted by user.
func (t *Team) Roles(ctx context.Context) ([]RoleGrant, error) {
	var out []RoleGrant
	err := t.find(ctx, roles, nil, &out, options.Find().SetSort(bson.D{{Key: "user", Value: 1}}))
	return out, err
}
