using System.ComponentModel.DataAnnotations;

namespace SupplierMeetups.Web.Platform.Http.Input;

/// <summary>A text area: line breaks and tabs are allowed in it, other control characters are not (see <see cref="ControlCharacters"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class MultilineTextAttribute() : DataTypeAttribute(DataType.MultilineText);
