using System.Text.Json.Serialization;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Tests.Llm;

public sealed class LlmJsonTests
{
    [Theory]
    [InlineData("{\"category\":\"fyi\",\"confidence\":0.9}")]
    [InlineData("  \n{\"category\":\"fyi\",\"confidence\":0.9}\n")]
    [InlineData("```json\n{\"category\":\"fyi\",\"confidence\":0.9}\n```")]
    [InlineData("```\n{\"category\":\"fyi\",\"confidence\":0.9}\n```")]
    [InlineData("```JSON\n{\"category\":\"fyi\",\"confidence\":0.9}\n```\nLet me know if you need more.")]
    [InlineData("```json{\"category\":\"fyi\",\"confidence\":0.9}```")]
    [InlineData("Here is the classification:\n{\"category\":\"fyi\",\"confidence\":0.9}")]
    [InlineData("Sure.\n```json\n{\"category\":\"fyi\",\"confidence\":0.9}\n```")]
    public void Reads_json_with_the_usual_wrapping(string text)
    {
        Assert.True(LlmJson.TryParse(text, LlmJsonTestContext.Default.Verdict, out var verdict));
        Assert.Equal(new Verdict("fyi", 0.9), verdict);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("I think it is a newsletter.")]
    [InlineData("{\"category\":\"fyi\",\"confidence\":0.9} and that is my answer")]
    [InlineData("{\"category\":\"fyi\",\"confidence\":0.9")]
    [InlineData("```json\n{\"category\":\"fyi\",\n```")]
    [InlineData("{\"category\":\"fyi\",\"confidence\":\"high\"}")]
    [InlineData("null")]
    [InlineData("[{\"category\":\"fyi\",\"confidence\":0.9}]")]
    public void Refuses_anything_else(string? text)
    {
        Assert.False(LlmJson.TryParse(text, LlmJsonTestContext.Default.Verdict, out var verdict));
        Assert.Null(verdict);
    }

    [Fact]
    public void Missing_required_properties_are_refused()
    {
        Assert.False(LlmJson.TryParse("{\"category\":\"fyi\"}", LlmJsonTestContext.Default.Verdict, out _));
    }

    [Fact]
    public void Arrays_are_found_after_leading_prose()
    {
        Assert.True(LlmJson.TryParse("Leads found: [\"Acme\",\"Globex\"]", LlmJsonTestContext.Default.StringArray, out var leads));
        Assert.Equal(["Acme", "Globex"], leads!);
    }
}

public sealed record Verdict(
    [property: JsonRequired] string Category,
    [property: JsonRequired] double Confidence);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Verdict))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class LlmJsonTestContext : JsonSerializerContext;
