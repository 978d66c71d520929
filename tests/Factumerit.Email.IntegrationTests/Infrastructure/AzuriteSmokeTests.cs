using System.Net;

namespace Factumerit.Email.IntegrationTests.Infrastructure;

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteSmokeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Fixture_starts_an_emulator_that_answers_on_the_table_endpoint()
    {
        using var http = new HttpClient();
        // An unauthenticated request reaches Azurite and is refused by it, which proves the emulator is up.
        var response = await http.GetAsync(new Uri(azurite.TableEndpoint + "/Tables"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
