using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Triage;

namespace Factumerit.Email.Tests.Triage;

public sealed class ReplyExpectationTests
{
    private const string Me = "me@home.example";

    private static ClassificationInput Sent(string body = "Could you send the Q3 numbers?", params (string Name, string Value)[] headers) =>
        new()
        {
            From = Me,
            Subject = "Q3 numbers",
            Body = body,
            Headers = [KeyValuePair.Create("From", Me), .. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))],
            UserSentLast = true,
        };

    [Theory]
    [InlineData("To", "Alice <alice@client.example>")]
    [InlineData("To", "me@home.example, alice@client.example")]
    [InlineData("Cc", "alice@client.example")]
    [InlineData("Bcc", "alice@client.example")]
    public void Mail_to_someone_else_expects_a_reply(string header, string recipients) =>
        Assert.True(ReplyExpectation.ExpectsReply(Sent(headers: (header, recipients)), Me));

    [Theory]
    [InlineData("Me <me@home.example>")]
    [InlineData("ME@Home.Example")]
    [InlineData("me+notes@home.example")]
    [InlineData("")]
    public void Mail_to_the_users_own_address_only_or_to_nobody_expects_none(string recipients) =>
        Assert.False(ReplyExpectation.ExpectsReply(Sent(headers: ("To", recipients)), Me));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "vacation")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"b1\"")]
    public void An_automatic_reply_or_a_bounce_expects_none(string header, string value) =>
        Assert.False(ReplyExpectation.ExpectsReply(Sent(headers: [("To", "alice@client.example"), (header, value)]), Me));

    [Fact]
    public void Auto_submitted_no_is_a_person_writing() =>
        Assert.True(ReplyExpectation.ExpectsReply(Sent(headers: [("To", "alice@client.example"), ("Auto-Submitted", "no")]), Me));

    [Theory]
    [InlineData("text/calendar; charset=UTF-8; method=REPLY")]
    [InlineData("text/calendar; method=\"REPLY\"")]
    public void A_calendar_response_expects_none(string contentType) =>
        Assert.False(ReplyExpectation.ExpectsReply(Sent(headers: [("To", "organiser@client.example"), ("Content-Type", contentType)]), Me));

    [Fact]
    public void A_calendar_response_seen_only_in_its_text_expects_none() =>
        Assert.False(ReplyExpectation.ExpectsReply(
            Sent("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR", ("To", "organiser@client.example")), Me));

    [Fact]
    public void A_calendar_invitation_the_user_sends_expects_an_answer() =>
        Assert.True(ReplyExpectation.ExpectsReply(
            Sent(headers: [("To", "alice@client.example"), ("Content-Type", "text/calendar; method=REQUEST")]), Me));
}
