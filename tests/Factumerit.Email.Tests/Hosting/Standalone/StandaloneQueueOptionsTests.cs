using Factumerit.Email.Functions.Hosting.Standalone;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Hosting.Standalone;

public sealed class StandaloneQueueOptionsTests
{
    private static StandaloneQueueOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddStandaloneQueueListeners();
        return services.BuildServiceProvider().GetRequiredService<IOptions<StandaloneQueueOptions>>().Value;
    }

    [Fact]
    public void Defaults_match_the_functions_host_where_it_has_one()
    {
        var options = Bind();

        Assert.Equal(16, options.BatchSize);
        Assert.Equal(5, options.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(30), options.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MaxPollingInterval);
    }

    [Fact]
    public void Settings_are_read_from_the_queues_section()
    {
        var options = Bind(("Queues:BatchSize", "4"), ("Queues:RetryDelay", "00:00:10"));

        Assert.Equal(4, options.BatchSize);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RetryDelay);
    }

    [Theory]
    [InlineData("Queues:BatchSize", "33", "BatchSize")]
    [InlineData("Queues:VisibilityTimeout", "00:00:00", "VisibilityTimeout")]
    [InlineData("Queues:MinPollingInterval", "00:00:05", "MinPollingInterval")]
    public void A_bad_setting_fails_with_its_name(string key, string value, string name)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind((key, value)));

        Assert.Contains(name, error.Message);
    }
}
