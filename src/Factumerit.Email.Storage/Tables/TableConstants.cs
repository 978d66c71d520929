namespace Factumerit.Email.Storage.Tables;

/// <summary>Wire constants; see the "Azure Table REST" section of the protocol notes.</summary>
internal static class TableConstants
{
    public const string ServiceVersion = "2020-12-06";
    public const string Accept = "application/json;odata=minimalmetadata";
    public const string DataServiceVersion = "3.0;NetFx";
    public const string JsonContentType = "application/json";
    public const string ReturnNoContent = "return-no-content";
    public const string StorageScope = "https://storage.azure.com/.default";
    public const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    public const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";
    public const int MaxPerPage = 1000;

    public const string PartitionKey = "PartitionKey";
    public const string RowKey = "RowKey";
    public const string Timestamp = "Timestamp";
    public const string ODataEtag = "odata.etag";
    public const string ODataTypeSuffix = "@odata.type";

    public const string EdmInt32 = "Edm.Int32";
    public const string EdmInt64 = "Edm.Int64";
    public const string EdmDouble = "Edm.Double";
    public const string EdmDateTime = "Edm.DateTime";
    public const string EdmGuid = "Edm.Guid";
    public const string EdmBinary = "Edm.Binary";
    public const string EdmBoolean = "Edm.Boolean";
    public const string EdmString = "Edm.String";
}
