using Azure;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.IntegrationTests.Storage.Queues;

[Collection(AzuriteCollection.Name)]
public sealed class QueueClientTests(AzuriteFixture azurite)
{
    private async Task<QueueClient> NewQueueAsync()
    {
        var queue = new QueueServiceClient(StorageConnection.Parse(azurite.ConnectionString))
            .GetQueueClient(AzuriteFixture.UniqueName("q"));
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    [Fact]
    public async Task Create_and_delete_report_whether_the_queue_existed()
    {
        var queue = new QueueServiceClient(StorageConnection.Parse(azurite.ConnectionString))
            .GetQueueClient(AzuriteFixture.UniqueName("q"));

        Assert.NotNull(await queue.CreateIfNotExistsAsync());
        Assert.Null(await queue.CreateIfNotExistsAsync());
        Assert.True((await queue.DeleteIfExistsAsync()).Value);
        Assert.False((await queue.DeleteIfExistsAsync()).Value);
    }

    [Fact]
    public async Task A_sent_message_is_received_with_its_text_lease_and_dequeue_count()
    {
        var queue = await NewQueueAsync();
        const string text = "{\"subject\":\"Grüße, 日本語 ✉\"}";

        var receipt = (await queue.SendMessageAsync(text)).Value;
        var received = Assert.Single((await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(30))).Value);

        Assert.Equal(receipt.MessageId, received.MessageId);
        Assert.Equal(text, received.MessageText);
        Assert.Equal(1, received.DequeueCount);
        Assert.False(string.IsNullOrEmpty(received.PopReceipt));
        Assert.True(received.NextVisibleOn > receipt.InsertionTime);
        Assert.Equal(DateTimeOffset.MaxValue.Year, receipt.ExpirationTime.Year);
        Assert.Empty((await queue.ReceiveMessagesAsync()).Value);
    }

    [Fact]
    public async Task A_visibility_delay_keeps_a_message_hidden_from_receive_and_peek()
    {
        var queue = await NewQueueAsync();

        await queue.SendMessageAsync("later", visibilityTimeout: TimeSpan.FromHours(1));

        Assert.Empty((await queue.ReceiveMessagesAsync(32)).Value);
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Peek_does_not_lease_or_count_a_delivery()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("look");

        var peeked = Assert.Single((await queue.PeekMessagesAsync()).Value);
        var received = Assert.Single((await queue.ReceiveMessagesAsync()).Value);

        Assert.Equal("look", peeked.MessageText);
        Assert.Equal(0, peeked.DequeueCount);
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task Ending_a_lease_makes_the_message_visible_again_and_counts_the_next_delivery()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("again");
        var first = Assert.Single((await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromMinutes(5))).Value);

        await queue.UpdateMessageAsync(first.MessageId, first.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        var second = Assert.Single((await queue.ReceiveMessagesAsync()).Value);

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(2, second.DequeueCount);
    }

    [Fact]
    public async Task Update_extends_the_lease_replaces_the_text_and_invalidates_the_old_pop_receipt()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("draft");
        var leased = Assert.Single((await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(5))).Value);

        var renewed = (await queue.UpdateMessageAsync(leased.MessageId, leased.PopReceipt, "final", TimeSpan.FromMinutes(10))).Value;

        Assert.NotEqual(leased.PopReceipt, renewed.PopReceipt);
        Assert.True(renewed.NextVisibleOn > leased.NextVisibleOn);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync(leased.MessageId, leased.PopReceipt));
        Assert.Equal(400, stale.Status);
        Assert.Equal("PopReceiptMismatch", stale.ErrorCode);

        await queue.UpdateMessageAsync(leased.MessageId, renewed.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        Assert.Equal("final", Assert.Single((await queue.PeekMessagesAsync()).Value).MessageText);
    }

    [Fact]
    public async Task Delete_removes_the_message_and_clear_removes_all()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("one");
        var message = Assert.Single((await queue.ReceiveMessagesAsync()).Value);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);

        for (var i = 0; i < 3; i++)
        {
            await queue.SendMessageAsync($"m{i}");
        }
        Assert.Equal(3, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        await queue.ClearMessagesAsync();
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Receive_returns_up_to_the_requested_number_of_messages()
    {
        var queue = await NewQueueAsync();
        for (var i = 0; i < 5; i++)
        {
            await queue.SendMessageAsync($"m{i}");
        }

        var batch = (await queue.ReceiveMessagesAsync(3)).Value;
        var rest = (await queue.ReceiveMessagesAsync(32)).Value;

        Assert.Equal(3, batch.Length);
        Assert.Equal(2, rest.Length);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], batch.Concat(rest).Select(m => m.MessageText).Order());
    }

    [Fact]
    public async Task A_missing_queue_fails_with_the_service_error_code()
    {
        var queue = new QueueServiceClient(StorageConnection.Parse(azurite.ConnectionString))
            .GetQueueClient(AzuriteFixture.UniqueName("missing"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.SendMessageAsync("x"));

        Assert.Equal(404, error.Status);
        Assert.Equal("QueueNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task A_wrong_account_key_is_refused_by_the_service()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var connection = StorageConnection.Parse(azurite.ConnectionString.Replace(AzuriteFixture.AccountKey, wrongKey));
        var queue = new QueueServiceClient(connection).GetQueueClient(AzuriteFixture.UniqueName("q"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.CreateIfNotExistsAsync());

        Assert.Equal(403, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
    }
}
