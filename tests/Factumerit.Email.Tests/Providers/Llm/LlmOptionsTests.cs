using Factumerit.Email.Llm;
using Factumerit.Email.Providers.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Providers.Llm;

public sealed class LlmOptionsTests
{
    [Theory]
    [InlineData("api/v1/", "Llm:Endpoint")]
    [InlineData("ftp://models.example.test/v1/", "Llm:Endpoint")]
    [InlineData("https://models.example.test/v1/", "Llm:Model")]
    public void A_bad_setting_fails_with_the_key_name(string endpoint, string key)
    {
        using var services = Build(new() { ["Llm:Endpoint"] = endpoint, ["Llm:Model"] = key == "Llm:Model" ? null : "m" });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retries_are_bounded()
    {
        using var services = Build(new() { ["Llm:Endpoint"] = "http://127.0.0.1:11434/v1/", ["Llm:Model"] = "m", ["Llm:MaxRetries"] = "50" });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(nameof(LlmOptions.MaxRetries), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_settings_at_all_is_valid_and_means_off()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;

        Assert.False(options.IsEnabled);
    }

    [Fact]
    public async Task When_off_a_call_fails_as_not_configured()
    {
        await using var services = Build([]);

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => services.GetRequiredService<ILlmClient>()
            .CompleteAsync(new LlmRequest(LlmUseCase.Classify, "Classify.", "body")));

        Assert.Equal(LlmFailure.NotConfigured, ex.Failure);
    }

    [Fact]
    public async Task An_invalid_request_is_refused_even_when_off()
    {
        await using var services = Build([]);

        await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<ILlmClient>()
            .CompleteAsync(new LlmRequest(LlmUseCase.Classify, "Classify.", "body") { Temperature = 3f }));
    }

    [Theory]
    [InlineData(LlmUseCase.Classify, "base")]
    [InlineData(LlmUseCase.Extract, "base")]
    [InlineData(LlmUseCase.Draft, "draft")]
    [InlineData(LlmUseCase.Persona, "draft")]
    [InlineData(LlmUseCase.Context, "base")]
    public void Models_fall_back_to_the_main_model(LlmUseCase useCase, string expected)
    {
        var options = new LlmOptions { Endpoint = "http://x/v1/", Model = "base", DraftModel = "draft", ContextModel = " " };

        Assert.Equal(expected, options.ModelFor(useCase));
    }

    [Fact]
    public void The_audit_sink_defaults_to_a_no_op_that_storage_can_replace()
    {
        var services = new ServiceCollection().AddLlm(new ConfigurationBuilder().Build());
        Assert.Same(NullLlmAuditSink.Instance, services.BuildServiceProvider().GetRequiredService<ILlmAuditSink>());

        var replaced = new ServiceCollection().AddSingleton<ILlmAuditSink, CountingSink>().AddLlm(new ConfigurationBuilder().Build());
        Assert.IsType<CountingSink>(replaced.BuildServiceProvider().GetRequiredService<ILlmAuditSink>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLlm(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    private sealed class CountingSink : ILlmAuditSink
    {
        public Task RecordAsync(LlmCallRecord record, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
