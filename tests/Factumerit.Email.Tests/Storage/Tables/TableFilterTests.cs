using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

public sealed class TableFilterTests
{
    private enum Stage { Draft }

    [Fact]
    public void Every_interpolated_value_becomes_a_typed_escaped_literal()
    {
        var when = new DateTimeOffset(2024, 5, 6, 9, 8, 7, TimeSpan.FromHours(2));
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var filter = TableClient.CreateQueryFilter(
            $"S eq {"O'Brien"} and L eq {5L} and I eq {7} and B eq {true} and C eq {false} and D eq {2.0} and F eq {0.25} and T ge {when} and G eq {id} and X eq {new byte[] { 0x0A, 0xFF }} and E eq {Stage.Draft}");

        Assert.Equal(
            "S eq 'O''Brien' and L eq 5L and I eq 7 and B eq true and C eq false and D eq 2.0 and F eq 0.25 " +
            "and T ge datetime'2024-05-06T07:08:07.0000000Z' and G eq guid'0f8fad5b-d9cb-469f-a165-70867728950e' " +
            "and X eq X'0aff' and E eq 'Draft'",
            filter);
    }

    [Fact]
    public void A_value_cannot_break_out_of_its_literal()
    {
        var hostile = "x' or RowKey ne 'x";

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {hostile}");

        Assert.Equal("PartitionKey eq 'x'' or RowKey ne ''x'", filter);
    }

    [Fact]
    public void Null_and_unsupported_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"A eq {(string?)null}"));
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"A eq {1.5m}"));
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"A eq {double.NaN}"));
    }

    [Theory]
    [InlineData("abc", "(RowKey ge 'abc' and RowKey lt 'abd')")]
    [InlineData("it's", "(RowKey ge 'it''s' and RowKey lt 'it''t')")]
    [InlineData("a\uffff", "(RowKey ge 'a\uffff' and RowKey lt 'b')")]
    [InlineData("", "RowKey ge ''")]
    public void Prefix_becomes_a_half_open_range(string prefix, string expected)
    {
        Assert.Equal(expected, TableClient.CreatePrefixFilter("RowKey", prefix));
    }

    [Fact]
    public void Prefix_property_name_must_be_an_identifier()
    {
        Assert.Throws<ArgumentException>(() => TableClient.CreatePrefixFilter("RowKey eq 'x' or RowKey", "a"));
    }

    [Fact]
    public async Task Query_sends_filter_top_and_select_as_encoded_query_parameters()
    {
        var transport = new FakeTableTransport(FakeResponse.Json(200, """{"value":[]}"""));

        await foreach (var _ in TestTables.Client(transport).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {"a b&c"}"), maxPerPage: 50, select: ["A"]))
        {
        }

        var request = transport.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/devstoreaccount1/orders()", request.Uri.AbsolutePath);
        Assert.Equal("?$filter=PartitionKey%20eq%20%27a%20b%26c%27&$top=50&$select=A", request.Uri.Query);
    }
}
