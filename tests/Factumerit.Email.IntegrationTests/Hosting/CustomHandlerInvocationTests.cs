using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.IntegrationTests.Hosting;

public sealed class CustomHandlerInvocationTests : IAsyncLifetime
{
    // The queue payload from the Azure Functions custom handler documentation.
    private const string DocumentedQueuePayload =
        """{"Data":{"myQueueItem":"{ message: \"Message sent\" }"},"Metadata":{"DequeueCount":1,"ExpirationTime":"2019-10-16T17:58:31+00:00","Id":"800ae4b3-bdd2-4c08-badd-f08e5a34b865","InsertionTime":"2019-10-09T17:58:31+00:00","NextVisibleTime":"2019-10-09T18:08:32+00:00","PopReceipt":"AgAAAAMAAAAAAAAAAgtnj8x+1QE=","sys":{"MethodName":"QueueTrigger","UtcNow":"2019-10-09T17:58:32.2205399Z","RandGuid":"24ad4c06-24ad-4e5b-8294-3da9714877e9"}}}""";

    private readonly FunctionHostApplication _app = new(StorageOptions.DevelopmentStorage);
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string path, string body) =>
        _client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Documented_queue_payload_runs_the_function_and_replies_with_outputs_logs_and_return_value()
    {
        using var response = await PostAsync("/test-queue", DocumentedQueuePayload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, reply.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, reply.RootElement.GetProperty("Logs").ValueKind);
        Assert.Equal(JsonValueKind.Null, reply.RootElement.GetProperty("ReturnValue").ValueKind);

        var invocation = Assert.Single(_app.Recorder.Queue);
        Assert.Equal("{ message: \"Message sent\" }", invocation.MessageText);
        Assert.Equal(1, invocation.DequeueCount);
        Assert.Equal("800ae4b3-bdd2-4c08-badd-f08e5a34b865", invocation.MessageId);
        Assert.Equal("test-queue", invocation.FunctionName);
    }

    [Fact]
    public async Task Data_encoded_twice_reaches_the_function_as_the_original_text()
    {
        var message = JsonSerializer.Serialize(JsonSerializer.Serialize(new { emailId = "e-42" }));
        var body = """{"Data":{"message":""" + JsonSerializer.Serialize(message) + """},"Metadata":{"DequeueCount":3}}""";

        using var response = await PostAsync("/TEST-QUEUE", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invocation = Assert.Single(_app.Recorder.Queue);
        Assert.Equal("""{"emailId":"e-42"}""", invocation.MessageText);
        Assert.Equal(3, invocation.DequeueCount);
    }

    [Fact]
    public async Task A_throwing_function_gets_a_failure_reply_so_the_host_retries()
    {
        using var response = await PostAsync("/test-throws", DocumentedQueuePayload);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("test-throws", reply.GetProperty("Logs")[0].GetString());
        Assert.DoesNotContain("downstream", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_function_is_a_bad_request_naming_it()
    {
        using var response = await PostAsync("/no-such-function", DocumentedQueuePayload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no-such-function", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("this is not json", "not JSON")]
    [InlineData("""{"Metadata":{"DequeueCount":1}}""", "no 'Data' object")]
    public async Task Malformed_body_is_a_bad_request_with_the_reason(string body, string reason)
    {
        using var response = await PostAsync("/test-queue", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Empty(_app.Recorder.Queue);
    }

    [Fact]
    public async Task Http_functions_are_not_invoked_through_the_custom_handler_route()
    {
        using var response = await PostAsync("/health", """{"Data":{"req":{}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/api/health", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Timer_payload_runs_the_timer_function()
    {
        const string body = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2025-05-01T06:00:00+00:00","Next":"2025-05-01T07:00:00+00:00","LastUpdated":"2025-05-01T06:00:00+00:00"},"IsPastDue":true}},"Metadata":{"sys":{"MethodName":"test-timer","UtcNow":"2025-05-01T07:00:00.5Z","RandGuid":"5e3b7f4e-6a36-4a0b-a7c5-3e0f1f3b1d2c"}}}""";

        using var response = await PostAsync("/test-timer", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invocation = Assert.Single(_app.Recorder.Timer);
        Assert.True(invocation.IsPastDue);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 7, 0, 0, 500, TimeSpan.Zero), invocation.ScheduledFor);
    }

    [Fact]
    public async Task Readiness_probe_answers()
    {
        using var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Standalone_mode_does_not_expose_the_invocation_route()
    {
        await using var standalone = new FunctionHostApplication(StorageOptions.DevelopmentStorage, customHandler: false);
        using var client = standalone.CreateClient();

        using var response = await client.PostAsync("/test-queue", new StringContent(DocumentedQueuePayload));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(standalone.Recorder.Queue);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
