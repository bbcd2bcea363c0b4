using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>
/// A list the document marks optional may come as <c>null</c> from generated clients (NSwag writes unset collections
/// so): it is read as absent, so the property keeps its empty default, instead of a 400 for a field the caller was
/// told it may leave out. Lists declared nullable (<c>List&lt;T&gt;?</c>) still receive the null.
/// </summary>
public static class AbsentLists
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static void TreatNullAsAbsent(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.Set is not { } set || property.AttributeProvider is not PropertyInfo info
                || property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }
            bool declaredNullable;
            lock (Nullability)
            {
                declaredNullable = Nullability.Create(info).WriteState != NullabilityState.NotNull;
            }
            if (!declaredNullable)
            {
                property.Set = (target, value) =>
                {
                    if (value is not null)
                    {
                        set(target, value);
                    }
                };
            }
        }
    }
}
