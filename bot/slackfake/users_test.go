package slackfake_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func TestUsersInfo(t *testing.T) {
	fake := slackfake.New(t)
	fake.AddUser(slack.User{ID: "U1", Name: "anna", TZ: "Europe/Berlin", TZOffset: 3600})
	fake.AddUser(slack.User{ID: "U2", Name: "helper", IsBot: true})
	api := newClient(fake)

	anna, err := api.GetUserInfo("U1")
	if err != nil {
		t.Fatal(err)
	}
	helper, err := api.GetUserInfo("U2")
	if err != nil {
		t.Fatal(err)
	}
	_, unknownErr := api.GetUserInfo("U3")

	if anna.Name != "anna" || anna.TZ != "Europe/Berlin" || anna.TZOffset != 3600 || anna.IsBot {
		t.Errorf("U1 = %+v", anna)
	}
	if anna.TeamID != slackfake.DefaultIdentity.TeamID {
		t.Errorf("team ID = %q, want the fake's", anna.TeamID)
	}
	if !helper.IsBot {
		t.Error("U2 is not a bot")
	}
	if unknownErr == nil || unknownErr.Error() != "user_not_found" {
		t.Errorf("unknown user: error = %v, want user_not_found", unknownErr)
	}
}

func TestUsersInfoOfSeveral(t *testing.T) {
	fake := slackfake.New(t)
	fake.AddUser(slack.User{ID: "U1"})
	fake.AddUser(slack.User{ID: "U2"})

	users, err := newClient(fake).GetUsersInfo("U2", "U1")
	if err != nil {
		t.Fatal(err)
	}

	if len(*users) != 2 || (*users)[0].ID != "U2" || (*users)[1].ID != "U1" {
		t.Errorf("users = %+v", *users)
	}
}

func TestAddUserReplaces(t *testing.T) {
	fake := slackfake.New(t)
	fake.AddUser(slack.User{ID: "U1", Name: "old"})
	fake.AddUser(slack.User{ID: "U1", Name: "new"})

	users, err := newClient(fake).GetUsers()
	if err != nil {
		t.Fatal(err)
	}

	if len(users) != 1 || users[0].Name != "new" {
		t.Errorf("users = %+v, want only the replacement", users)
	}
}

func TestUsersListPaging(t *testing.T) {
	fake := slackfake.New(t)
	var want []string
	for i := range 5 {
		want = append(want, fake.AddUser(slack.User{Name: fmt.Sprint("user", i)}))
	}
	api := newClient(fake)

	var got []string
	pages := 0
	p := api.GetUsersPaginated(slack.GetUsersOptionLimit(2))
	for {
		var err error
		p, err = p.Next(context.Background())
		if p.Done(err) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, u := range p.Users {
			got = append(got, u.ID)
		}
	}

	if !slices.Equal(got, want) {
		t.Errorf("users %v, want %v", got, want)
	}
	if pages != 3 {
		t.Errorf("%d pages, want 3 of at most 2", pages)
	}
	calls := fake.CallsTo("users.list")
	if len(calls) != 3 || calls[0].Param("cursor") != "" || calls[1].Param("cursor") == "" || calls[1].Param("limit") != "2" {
		t.Errorf("calls = %+v", calls)
	}
}

func TestUsersListRejectsForeignCursor(t *testing.T) {
	fake := slackfake.New(t)

	_, err := newClient(fake).GetUsersPaginated(slack.GetUsersOptionCursor("bm90IG91cnM=")).Next(context.Background())

	if err == nil || err.Error() != "invalid_cursor" {
		t.Errorf("error = %v, want invalid_cursor", err)
	}
}
