using Azure.Identity;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Connection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Hosting;

public sealed class StorageSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void No_setting_means_development_storage()
    {
        var connection = StorageConnectionFactory.Create(Config());
        Assert.Equal(StorageConnection.DevelopmentAccountName, connection.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), connection.TableEndpoint);
        Assert.NotNull(connection.SharedKey);
    }

    [Fact]
    public void A_connection_string_wins_over_identity_settings()
    {
        var connection = StorageConnectionFactory.Create(Config(
            ("AzureWebJobsStorage", $"AccountName=acct;AccountKey={StorageConnection.DevelopmentAccountKey}"),
            ("AzureWebJobsStorage:accountName", "other")));
        Assert.Equal("acct", connection.AccountName);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueEndpoint);
    }

    [Fact]
    public void Account_name_selects_an_identity_with_managed_identity_when_asked()
    {
        var connection = StorageConnectionFactory.Create(Config(
            ("AzureWebJobsStorage:accountName", "prodacct"), ("AzureWebJobsStorage:credential", "managedidentity")));
        Assert.Equal(new Uri("https://prodacct.table.core.windows.net"), connection.TableEndpoint);
        Assert.Null(connection.SharedKey);
        Assert.IsType<ManagedIdentityCredential>(connection.Token);
    }

    [Fact]
    public void Service_uris_alone_use_the_default_credential()
    {
        var connection = StorageConnectionFactory.Create(Config(
            ("AzureWebJobsStorage:tableServiceUri", "https://t.example.test/"), ("AzureWebJobsStorage:queueServiceUri", "https://q.example.test")));
        Assert.Equal(new Uri("https://q.example.test"), connection.QueueEndpoint);
        Assert.IsType<DefaultAzureCredential>(connection.Token);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage", "AccountName=acct", "'AzureWebJobsStorage'")]
    [InlineData("AzureWebJobsStorage", "garbage", "'AzureWebJobsStorage'")]
    [InlineData("AzureWebJobsStorage:tableServiceUri", "not a uri", "AzureWebJobsStorage__tableServiceUri")]
    [InlineData("AzureWebJobsStorage:queueServiceUri", "https://q.example.test", "AzureWebJobsStorage__accountName")]
    public void Bad_settings_are_named(string key, string value, string expected)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => StorageConnectionFactory.Create(Config((key, value))));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public async Task A_bad_setting_fails_host_start_up()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddEmailStorage(Config(("AzureWebJobsStorage", "garbage")));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Setting 'AzureWebJobsStorage'", ex.Message);
    }
}
