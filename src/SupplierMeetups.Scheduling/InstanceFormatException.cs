namespace SupplierMeetups.Scheduling;

/// <summary>An instance file is not the JSON that FORMAT.md describes; the message names the offending item.</summary>
public sealed class InstanceFormatException(string message, Exception? inner = null) : Exception(message, inner);
