namespace Factumerit.Email.Tests.Storage.Queues;

public sealed class QueueClientValidationTests
{
    private readonly StubQueueService _service = new();

    [Theory]
    [InlineData("ab")]
    [InlineData("Inbound")]
    [InlineData("-inbound")]
    [InlineData("inbound-")]
    [InlineData("in--bound")]
    [InlineData("in_bound")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void Invalid_queue_names_are_rejected_before_any_request(string name)
    {
        var service = _service.CreateServiceClient();

        Assert.Throws<ArgumentException>(() => service.GetQueueClient(name));
        Assert.Empty(_service.Requests);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("inbound-poison")]
    [InlineData("0queue9")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void Valid_queue_names_are_accepted(string name) =>
        Assert.Equal(name, _service.CreateServiceClient().GetQueueClient(name).Name);

    [Fact]
    public async Task A_delay_beyond_seven_days_is_rejected_with_a_clear_message()
    {
        var queue = _service.CreateServiceClient().GetQueueClient("inbound");

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1)));

        Assert.Equal("visibilityTimeout", error.ParamName);
        Assert.Contains("7 days", error.Message);
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task A_message_over_64_KiB_once_encoded_is_rejected_and_one_at_the_limit_is_sent()
    {
        var queue = _service.Respond(System.Net.HttpStatusCode.Created, QueueResponses.SendReceipt()).CreateServiceClient().GetQueueClient("inbound");
        var atLimit = new string('a', 64 * 1024 / 4 * 3);

        await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync(atLimit + "a"));
        Assert.Empty(_service.Requests);
        await queue.SendMessageAsync(atLimit);
        Assert.Single(_service.Requests);
    }

    [Fact]
    public async Task Time_to_live_must_outlast_the_delay_and_be_positive_or_infinite()
    {
        var queue = _service.CreateServiceClient().GetQueueClient("inbound");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", TimeSpan.FromHours(2), TimeSpan.FromHours(1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", null, TimeSpan.FromSeconds(-5)));
        Assert.Empty(_service.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task Receive_and_peek_take_1_to_32_messages(int count)
    {
        var queue = _service.CreateServiceClient().GetQueueClient("inbound");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ReceiveMessagesAsync(count));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.PeekMessagesAsync(count));
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task A_lease_shorter_than_a_second_is_rejected()
    {
        var queue = _service.CreateServiceClient().GetQueueClient("inbound");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ReceiveMessagesAsync(1, TimeSpan.Zero));
        Assert.Empty(_service.Requests);
    }
}
