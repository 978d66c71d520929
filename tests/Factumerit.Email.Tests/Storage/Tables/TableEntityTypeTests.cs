using System.Text.Json;
using Azure;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

public sealed class TableEntityTypeTests
{
    private static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public async Task Written_body_annotates_the_types_json_cannot_carry()
    {
        var transport = new FakeTableTransport(new FakeResponse(204));
        var entity = new TypedEntity
        {
            PartitionKey = "p", RowKey = "r", Text = "hi", Flag = true, Count = 3, Big = 9_007_199_254_740_993, Whole = 5.0,
            Fraction = 0.5, When = new DateTimeOffset(2024, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)),
            Local = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified), Id = Id, Blob = [1, 2, 255],
            Priority = Priority.High, NoBig = null, MaybePriority = null, Timestamp = DateTimeOffset.UnixEpoch, ETag = new ETag("x"),
        };

        await TestTables.Client(transport).AddEntityAsync(entity);

        var body = JsonDocument.Parse(transport.Single.Body).RootElement;
        string Type(string name) => body.TryGetProperty(name + "@odata.type", out var t) ? t.GetString()! : "(none)";
        Assert.Equal(("(none)", "hi"), (Type("Text"), body.GetProperty("Text").GetString()));
        Assert.Equal(("(none)", JsonValueKind.True), (Type("Flag"), body.GetProperty("Flag").ValueKind));
        Assert.Equal(("(none)", 3), (Type("Count"), body.GetProperty("Count").GetInt32()));
        Assert.Equal(("Edm.Int64", "9007199254740993"), (Type("Big"), body.GetProperty("Big").GetString()));
        Assert.Equal(("Edm.Double", 5.0), (Type("Whole"), body.GetProperty("Whole").GetDouble()));
        Assert.Equal(("Edm.Double", 0.5), (Type("Fraction"), body.GetProperty("Fraction").GetDouble()));
        Assert.Equal(("Edm.DateTime", "2024-01-02T03:04:05.0000000Z"), (Type("When"), body.GetProperty("When").GetString()));
        Assert.Equal(("Edm.DateTime", "2024-01-02T03:04:05.0000000Z"), (Type("Local"), body.GetProperty("Local").GetString()));
        Assert.Equal(("Edm.Guid", Id.ToString()), (Type("Id"), body.GetProperty("Id").GetString()));
        Assert.Equal(("Edm.Binary", "AQL/"), (Type("Blob"), body.GetProperty("Blob").GetString()));
        Assert.Equal(("(none)", "High"), (Type("Priority"), body.GetProperty("Priority").GetString()));
        Assert.False(body.TryGetProperty("NoBig", out _));
        Assert.False(body.TryGetProperty("MaybePriority", out _));
        Assert.False(body.TryGetProperty("Ignored", out _));
        Assert.False(body.TryGetProperty("Computed", out _));
        Assert.False(body.TryGetProperty("Timestamp", out _));
        Assert.False(body.TryGetProperty("ETag", out _));
        Assert.Equal(("p", "r"), (body.GetProperty("PartitionKey").GetString(), body.GetProperty("RowKey").GetString()));
    }

    [Fact]
    public async Task Non_finite_doubles_travel_as_annotated_strings()
    {
        var transport = new FakeTableTransport(new FakeResponse(204));

        await TestTables.Client(transport).AddEntityAsync(
            new TableEntity("p", "r") { ["N"] = double.NaN, ["P"] = double.PositiveInfinity, ["M"] = double.NegativeInfinity });

        var body = JsonDocument.Parse(transport.Single.Body).RootElement;
        Assert.Equal(("NaN", "Infinity", "-Infinity"),
            (body.GetProperty("N").GetString(), body.GetProperty("P").GetString(), body.GetProperty("M").GetString()));
        Assert.Equal("Edm.Double", body.GetProperty("N@odata.type").GetString());
    }

    private const string StoredEntity = """
        {"odata.metadata":"x","odata.etag":"W/\"datetime'2024-01-02T03%3A04%3A05Z'\"","PartitionKey":"p","RowKey":"r",
         "Timestamp":"2024-01-02T03:04:05.1234567Z","Text":"hi","Flag":true,"Count":3,
         "Big@odata.type":"Edm.Int64","Big":"9007199254740993","Whole":5.0,"Fraction":0.5,
         "When@odata.type":"Edm.DateTime","When":"2024-01-02T03:04:05.0000000Z",
         "Local@odata.type":"Edm.DateTime","Local":"2024-01-02T03:04:05Z",
         "Id@odata.type":"Edm.Guid","Id":"0f8fad5b-d9cb-469f-a165-70867728950e",
         "Blob@odata.type":"Edm.Binary","Blob":"AQL/","Priority":"High","MaybePriority":"Low","Unknown":"ignored"}
        """;

    [Fact]
    public async Task Read_maps_annotated_values_onto_a_class()
    {
        var transport = new FakeTableTransport(FakeResponse.Json(200, StoredEntity));

        var entity = (await TestTables.Client(transport).GetEntityAsync<TypedEntity>("p", "r")).Value;

        Assert.Equal(new ETag("W/\"datetime'2024-01-02T03%3A04%3A05Z'\""), entity.ETag);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567), entity.Timestamp);
        Assert.Equal(("hi", true, 3, 9_007_199_254_740_993L), (entity.Text, entity.Flag, entity.Count, entity.Big));
        Assert.Equal((5.0, 0.5), (entity.Whole, entity.Fraction));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), entity.When);
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), entity.Local);
        Assert.Equal(DateTimeKind.Utc, entity.Local.Kind);
        Assert.Equal(Id, entity.Id);
        Assert.Equal([1, 2, 255], entity.Blob);
        Assert.Equal((Priority.High, Priority.Low), (entity.Priority, entity.MaybePriority));
        Assert.Null(entity.NoBig);
        Assert.Equal("not stored", entity.Ignored);
    }

    [Fact]
    public async Task Read_into_a_dictionary_entity_keeps_each_wire_type()
    {
        var transport = new FakeTableTransport(FakeResponse.Json(200, StoredEntity));

        var entity = (await TestTables.Client(transport).GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.IsType<int>(entity["Count"]);
        Assert.IsType<long>(entity["Big"]);
        Assert.IsType<double>(entity["Whole"]);
        Assert.IsType<DateTimeOffset>(entity["When"]);
        Assert.IsType<Guid>(entity["Id"]);
        Assert.IsType<byte[]>(entity["Blob"]);
        Assert.Equal(9_007_199_254_740_993L, entity.GetInt64("Big"));
        Assert.Equal(3L, entity.GetInt64("Count"));
        Assert.Throws<InvalidOperationException>(() => entity.GetInt32("Text"));
        Assert.False(entity.ContainsKey("Big@odata.type"));
        Assert.False(entity.ContainsKey("odata.metadata"));
    }

    [Fact]
    public async Task A_stored_value_of_the_wrong_type_fails_naming_the_property()
    {
        var transport = new FakeTableTransport(FakeResponse.Json(200, """{"PartitionKey":"p","RowKey":"r","Count":"three"}"""));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => TestTables.Client(transport).GetEntityAsync<TypedEntity>("p", "r"));

        Assert.Contains("'Count'", ex.Message);
    }

    [Fact]
    public void Class_metadata_is_scanned_once_and_reused()
    {
        var first = EntityMetadata.For(typeof(TypedEntity));
        var second = EntityMetadata.For(typeof(TypedEntity));

        Assert.Same(first, second);
        Assert.Equal(
            ["Text", "Flag", "Count", "Big", "Whole", "Fraction", "When", "Local", "Id", "Blob", "Priority", "NoBig", "MaybePriority"],
            first.Properties.Select(p => p.Name));
    }

    private sealed class Unstorable : ITableEntity
    {
        public string PartitionKey { get; set; } = "";
        public string RowKey { get; set; } = "";
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }
        public decimal Price { get; set; }
    }

    [Fact]
    public async Task A_class_with_an_unsupported_property_type_is_refused_naming_it()
    {
        var transport = new FakeTableTransport();

        var ex = await Assert.ThrowsAsync<NotSupportedException>(() => TestTables.Client(transport).AddEntityAsync(new Unstorable()));

        Assert.Contains("Unstorable.Price", ex.Message);
        Assert.Empty(transport.Requests);
    }
}
