using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>PostgreSQL's timestamptz accepts only offset zero: every instant is stored in UTC.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());

/// <summary>SQLite cannot compare or order DateTimeOffset values; UTC ticks can be both.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
