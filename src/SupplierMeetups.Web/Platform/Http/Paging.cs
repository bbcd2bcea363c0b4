using System.ComponentModel.DataAnnotations;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>
/// The paging of the API's growing lists (<c>?page=1&amp;pageSize=50</c>): pages count from 1, at most
/// <see cref="MaxPageSize"/> items a page. A page past the end is empty, never an error.
/// </summary>
public sealed class PageRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The page to answer, from 1.</summary>
    [Range(1, int.MaxValue, ErrorMessage = ValidationMessages.Range), Display(Name = "Page")]
    public int Page { get; set; } = 1;

    /// <summary>Items per page, 1 to 200 (default 50).</summary>
    [Range(1, MaxPageSize, ErrorMessage = ValidationMessages.Range), Display(Name = "Page size")]
    public int PageSize { get; set; } = DefaultPageSize;

    public ItemPage<T> Of<T>(IReadOnlyCollection<T> all) =>
        new(all.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), Page, PageSize, all.Count);
}

/// <summary>One page of a list: its items, the page asked for, the page size and the number of items on all pages.</summary>
public sealed record ItemPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
