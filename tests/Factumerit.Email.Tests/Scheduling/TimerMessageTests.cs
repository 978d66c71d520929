using System.Text.Json.Nodes;
using Factumerit.Email.Storage.Scheduler;

namespace Factumerit.Email.Tests.Scheduling;

public sealed class TimerMessageTests
{
    private static readonly string Id = new('a', 32);

    [Fact]
    public void The_message_is_the_schedule_id_and_due_time_in_camel_case_and_reads_back()
    {
        var message = new TimerMessage(Id, new DateTimeOffset(2025, 6, 1, 8, 30, 0, TimeSpan.Zero));
        var json = JsonNode.Parse(message.ToJson())!.AsObject();

        Assert.Equal(["id", "dueAt"], json.Select(p => p.Key));
        Assert.Equal(Id, (string?)json["id"]);
        Assert.Equal(message, TimerMessage.Parse(message.ToJson()));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"dueAt":"2025-06-01T08:30:00Z"}""")]
    [InlineData("""{"id":"../other","dueAt":"2025-06-01T08:30:00Z"}""")]
    [InlineData("null")]
    public void Anything_else_is_a_format_error_so_the_queue_poisons_it(string text) =>
        Assert.Throws<FormatException>(() => TimerMessage.Parse(text));
}
