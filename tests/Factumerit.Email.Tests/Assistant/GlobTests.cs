using Factumerit.Email.Assistant.Classification;

namespace Factumerit.Email.Tests.Assistant;

public sealed class GlobTests
{
    [Theory]
    [InlineData("*@marketing.example.com", "deals@marketing.example.com", true)]
    [InlineData("*@marketing.example.com", "deals@example.com", false)]
    [InlineData("noreply@*.com", "noreply@shop.com", true)]
    [InlineData("noreply@*.com", "noreply@shop.cz", false)]
    [InlineData("*-noreply@*", "billing-noreply@vendor.io", true)]
    [InlineData("NOTIFICATIONS@GITHUB.COM", "notifications@github.com", true)]
    [InlineData("*.gov.cz", "mvcr.gov.cz", true)]
    [InlineData("*.gov.cz", "gov.cz", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "a-x-b-y-c", true)]
    [InlineData("a*b*c", "a-x-c-y-b", false)]
    public void Matches_whole_values_case_insensitively(string pattern, string value, bool expected) =>
        Assert.Equal(expected, Glob.IsMatch(pattern, value));
}
