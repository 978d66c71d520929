namespace Factumerit.Email.Storage.Tables;

/// <summary>The CLR shapes a mapped property may have; each maps to one EDM type on the wire.</summary>
internal enum EdmKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    DateTimeOffset,
    DateTime,
    Guid,
    Binary,
    Enum,
}
