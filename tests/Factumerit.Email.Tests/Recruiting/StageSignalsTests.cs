using Factumerit.Email.Recruiting.Leads;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Recruiting.Signals;

namespace Factumerit.Email.Tests.Recruiting;

public sealed class StageSignalsTests
{
    [Theory]
    [InlineData("interview_scheduled", "applied", "phone_screen")]
    [InlineData("interview_scheduled", "phone_screen", "interviewing")]
    [InlineData("interview_scheduled", "interviewing", null)]
    [InlineData("offer_received", "interviewing", "offer")]
    [InlineData("offer_received", "offer", null)]
    [InlineData("rejected", "interviewing", "rejected")]
    [InlineData("rejected", "rejected", null)]
    [InlineData("positive_response", "applied", "phone_screen")]
    [InlineData("positive_response", "interviewing", null)]
    [InlineData("neutral", "applied", null)]
    [InlineData(null, "applied", null)]
    public void A_signal_suggests_only_a_forward_move(string? signal, string current, string? expected) =>
        Assert.Equal(expected, StageSignals.SuggestedStage(signal, current));

    [Fact]
    public void Company_names_match_regardless_of_case_punctuation_and_legal_suffix()
    {
        Assert.Equal(RecruitingKeys.NormalizeName("Acme Robotics"), RecruitingKeys.NormalizeName("ACME Robotics, Inc."));
        Assert.NotEqual(RecruitingKeys.NormalizeName("Acme"), RecruitingKeys.NormalizeName("Globex"));
    }

    [Fact]
    public void A_message_id_maps_to_one_row_and_one_lead_url_with_or_without_angle_brackets()
    {
        Assert.Equal(RecruitingKeys.ForMessage("me@x.example", "<a@b>"), RecruitingKeys.ForMessage("ME@x.example", "a@b"));
        Assert.NotEqual(RecruitingKeys.ForMessage("me@x.example", "a@b"), RecruitingKeys.ForMessage("other@x.example", "a@b"));
        Assert.Equal("email:///a@b", RecruitingKeys.LeadUrl("<a@b>"));
    }

    [Theory]
    [InlineData("Exciting opportunity", "", true)]
    [InlineData("Hello", "I'm a recruiter at Initech", true)]
    [InlineData("Dinner on Friday?", "Are you free?", false)]
    public void Only_recruiting_mail_goes_to_lead_extraction(string subject, string body, bool expected) =>
        Assert.Equal(expected, RecruitingKeywords.Matches(subject, body));
}
