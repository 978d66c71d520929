using Factumerit.Email.Drafting;

namespace Factumerit.Email.Tests.Drafting;

public sealed class ReworkMarkerTests
{
    [Fact]
    public void A_draft_is_wrapped_with_the_marker_on_its_own_paragraph() =>
        Assert.Equal("\n\n\u2702\uFE0F\n\nHello", ReworkMarker.Wrap("Hello"));

    [Theory]
    [InlineData("Make it shorter\n\n✂️\n\nHello", "Make it shorter")]
    [InlineData("  Two lines\nof notes \r\n\r\n✂️\r\n\r\nHello", "Two lines\nof notes")]
    [InlineData("Without selector\n\u2702\nHello", "Without selector")]
    [InlineData("\n\n✂️\n\nHello", null)]
    [InlineData("No marker at all", null)]
    [InlineData(null, null)]
    public void Instructions_are_the_text_above_the_marker(string? body, string? expected) =>
        Assert.Equal(expected, ReworkMarker.InstructionsAbove(body));

    [Theory]
    [InlineData("Say yes\n\n✂️\n\nold text", "Say yes")]
    [InlineData("  Say yes after 7 pm  ", "Say yes after 7 pm")]
    [InlineData("   ", null)]
    public void Notes_are_the_text_above_the_marker_or_the_whole_draft(string body, string? expected) =>
        Assert.Equal(expected, ReworkMarker.NotesFrom(body));
}
