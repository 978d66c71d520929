using System.Linq.Expressions;
using System.Reflection;

namespace Factumerit.Email.Storage.Tables;

/// <summary>One mapped property of an entity class, with compiled accessors so requests do no reflection.</summary>
internal sealed class EntityProperty
{
    private EntityProperty(string name, EdmKind kind, Type valueType, Func<object, object?> get, Action<object, object?> set)
    {
        Name = name;
        Kind = kind;
        ValueType = valueType;
        Get = get;
        Set = set;
    }

    public string Name { get; }
    public EdmKind Kind { get; }

    /// <summary>The property type without <see cref="Nullable{T}"/>; the enum type for <see cref="EdmKind.Enum"/>.</summary>
    public Type ValueType { get; }
    public Func<object, object?> Get { get; }
    public Action<object, object?> Set { get; }

    public static EntityProperty Create(PropertyInfo property)
    {
        var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var kind = KindOf(valueType) ?? throw new NotSupportedException(
            $"Property '{property.DeclaringType?.Name}.{property.Name}' has type {property.PropertyType.Name}, which a table entity cannot store. " +
            "Use string, bool, int, long, double, DateTimeOffset, DateTime, Guid, byte[], an enum or their nullable forms, or mark it [IgnoreDataMember].");
        TableValidation.PropertyName(property.Name);
        return new EntityProperty(property.Name, kind, valueType, CompileGetter(property), CompileSetter(property));
    }

    public static EdmKind? KindOf(Type type) => type switch
    {
        _ when type == typeof(string) => EdmKind.String,
        _ when type == typeof(bool) => EdmKind.Boolean,
        _ when type == typeof(int) => EdmKind.Int32,
        _ when type == typeof(long) => EdmKind.Int64,
        _ when type == typeof(double) => EdmKind.Double,
        _ when type == typeof(DateTimeOffset) => EdmKind.DateTimeOffset,
        _ when type == typeof(DateTime) => EdmKind.DateTime,
        _ when type == typeof(Guid) => EdmKind.Guid,
        _ when type == typeof(byte[]) => EdmKind.Binary,
        { IsEnum: true } => EdmKind.Enum,
        _ => null,
    };

    private static Func<object, object?> CompileGetter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "entity");
        var body = Expression.Convert(
            Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Parameter(typeof(object), "value");
        var body = Expression.Assign(
            Expression.Property(Expression.Convert(instance, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(body, instance, value).Compile();
    }
}
