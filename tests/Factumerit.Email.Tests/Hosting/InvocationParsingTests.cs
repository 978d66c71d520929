using System.Text;
using Factumerit.Email.Functions.Hosting.CustomHandler;

namespace Factumerit.Email.Tests.Hosting;

public sealed class InvocationParsingTests
{
    // The queue payload from the Azure Functions custom handler documentation.
    internal const string DocumentedQueuePayload =
        """{"Data":{"myQueueItem":"{ message: \"Message sent\" }"},"Metadata":{"DequeueCount":1,"ExpirationTime":"2019-10-16T17:58:31+00:00","Id":"800ae4b3-bdd2-4c08-badd-f08e5a34b865","InsertionTime":"2019-10-09T17:58:31+00:00","NextVisibleTime":"2019-10-09T18:08:32+00:00","PopReceipt":"AgAAAAMAAAAAAAAAAgtnj8x+1QE=","sys":{"MethodName":"QueueTrigger","UtcNow":"2019-10-09T17:58:32.2205399Z","RandGuid":"24ad4c06-24ad-4e5b-8294-3da9714877e9"}}}""";

    private static InvocationRequest Parse(string json) => InvocationRequest.Parse(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("\"hello\"", "hello")]
    [InlineData("\"{\\\"a\\\":1}\"", "{\"a\":1}")]
    [InlineData("  \"padded\"  ", "padded")]
    [InlineData("plain text", "plain text")]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    [InlineData("\"not closed", "\"not closed")]
    [InlineData("\"bad \\q escape\"", "\"bad \\q escape\"")]
    [InlineData("\"", "\"")]
    public void Double_encoded_strings_are_unwrapped_once(string value, string expected)
    {
        Assert.Equal(expected, InvocationValues.UnwrapString(value));
    }

    [Fact]
    public void Unwrapping_happens_only_once()
    {
        Assert.Equal("\"inner\"", InvocationValues.UnwrapString("\"\\\"inner\\\"\""));
    }

    [Fact]
    public void Documented_queue_payload_reads_text_and_metadata()
    {
        var invocation = InvocationReader.ReadQueue("inbound-worker", Parse(DocumentedQueuePayload));

        Assert.Equal("inbound-worker", invocation.FunctionName);
        Assert.Equal("{ message: \"Message sent\" }", invocation.MessageText);
        Assert.Equal("800ae4b3-bdd2-4c08-badd-f08e5a34b865", invocation.MessageId);
        Assert.Equal(1, invocation.DequeueCount);
        Assert.Equal(new DateTimeOffset(2019, 10, 9, 17, 58, 31, TimeSpan.Zero), invocation.InsertedOn);
    }

    [Fact]
    public void Queue_item_is_found_by_binding_name_among_several_entries()
    {
        var invocation = InvocationReader.ReadQueue("f", Parse("""{"Data":{"other":"x","message":"\"{\\\"id\\\":7}\""},"Metadata":{"DequeueCount":"3","Id":"\"abc\""}}"""));

        Assert.Equal("{\"id\":7}", invocation.MessageText);
        Assert.Equal(3, invocation.DequeueCount);
        Assert.Equal("abc", invocation.MessageId);
    }

    [Fact]
    public void Queue_item_sent_as_an_object_is_its_json_text()
    {
        var invocation = InvocationReader.ReadQueue("f", Parse("""{"Data":{"message":{"id":7}},"Metadata":{}}"""));
        Assert.Equal("""{"id":7}""", invocation.MessageText);
        Assert.Equal(1, invocation.DequeueCount);
        Assert.Null(invocation.InsertedOn);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"Metadata\":{}}", "no 'Data' object")]
    [InlineData("{\"Data\":\"text\"}", "no 'Data' object")]
    public void Malformed_bodies_are_rejected_with_a_reason(string body, string expected)
    {
        var ex = Assert.Throws<InvalidInvocationException>(() => Parse(body));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Ambiguous_or_null_queue_items_are_rejected()
    {
        Assert.Contains("no 'message' entry",
            Assert.Throws<InvalidInvocationException>(() => InvocationReader.ReadQueue("f", Parse("""{"Data":{"a":"1","b":"2"}}"""))).Message);
        Assert.Contains("is null",
            Assert.Throws<InvalidInvocationException>(() => InvocationReader.ReadQueue("f", Parse("""{"Data":{"message":null}}"""))).Message);
    }

    [Fact]
    public void Timer_payload_reads_past_due_and_the_host_clock()
    {
        const string body = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":true}},"Metadata":{"sys":{"MethodName":"digest","UtcNow":"2025-05-01T07:00:00.0012Z"}}}""";
        var invocation = InvocationReader.ReadTimer("digest", Parse(body), DateTimeOffset.UnixEpoch);

        Assert.Equal("digest", invocation.FunctionName);
        Assert.True(invocation.IsPastDue);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 7, 0, 0, TimeSpan.Zero).AddTicks(12_000), invocation.ScheduledFor);
    }

    [Fact]
    public void Timer_info_sent_as_a_string_is_parsed_and_missing_clock_uses_ours()
    {
        var now = new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero);
        var invocation = InvocationReader.ReadTimer("t", Parse("""{"Data":{"myTimer":"{\"IsPastDue\":false}"}}"""), now);

        Assert.False(invocation.IsPastDue);
        Assert.Equal(now, invocation.ScheduledFor);
    }

    [Fact]
    public void Timer_info_that_is_not_an_object_is_rejected()
    {
        Assert.Throws<InvalidInvocationException>(() => InvocationReader.ReadTimer("t", Parse("""{"Data":{"timer":42}}"""), DateTimeOffset.UnixEpoch));
    }
}
