using Justice.Domain.LegalDocuments;
using Justice.Search.Documents;
using Lucene.Net.Store;

namespace Justice.Search.Tests.Documents;

/// <summary>Document search over a small hand-made collection with known metadata.</summary>
public sealed class LegalDocumentSearchTests : IDisposable
{
    private static readonly Guid HaNoi = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid HuePlace = Guid.Parse("00000000-0000-0000-0000-000000000046");
    private static readonly DateOnly Today = new(2025, 6, 1);

    private readonly RAMDirectory _directory = new();
    private readonly LegalDocumentSearch _search;
    private readonly LegalDocument _civilStatusLaw, _civilStatusDecree, _landDecree, _haNoiDecision, _hueDecision, _oldCircular, _undated;

    public LegalDocumentSearchTests()
    {
        _civilStatusLaw = Document("60/2014/QH13", LegalDocumentType.Law, "Luật Hộ tịch", "Quốc hội", new(2014, 11, 20), ["Hộ tịch"],
            "Luật này quy định về hộ tịch; quyền, nghĩa vụ của cá nhân trong đăng ký hộ tịch và đăng ký kết hôn.");
        _civilStatusDecree = Document("123/2015/NĐ-CP", LegalDocumentType.Decree, "Nghị định quy định chi tiết thi hành Luật Hộ tịch", "Chính phủ",
            new(2015, 11, 15), ["Hộ tịch", "Dân sự"], "Nghị định này quy định chi tiết về đăng ký khai sinh, đăng ký kết hôn <b>và</b> cấp bản sao.");
        _landDecree = Document("43/2014/NĐ-CP", LegalDocumentType.Decree, "Nghị định quy định chi tiết thi hành Luật Đất đai", "Chính phủ",
            new(2014, 5, 15), ["Đất đai"], "Nghị định này quy định về giao đất, cho thuê đất & thu hồi đất.");
        _haNoiDecision = Document("15/2023/QĐ-UBND", LegalDocumentType.Decision, "Quyết định phân cấp quản lý hộ tịch trên địa bàn thành phố Hà Nội",
            "Ủy ban nhân dân thành phố Hà Nội", new(2023, 3, 1), ["Hộ tịch"], "Quyết định này phân cấp việc đăng ký hộ tịch.", HaNoi);
        _hueDecision = Document("16/2023/QĐ-UBND", LegalDocumentType.Decision, "Quyết định về quản lý đất đai trên địa bàn thành phố Huế",
            "Ủy ban nhân dân thành phố Huế", new(2023, 4, 1), ["Đất đai"], "Quyết định này quy định về thu hồi đất.", HuePlace);
        _oldCircular = Document("01/2008/TT-BTP", LegalDocumentType.Circular, "Thông tư hướng dẫn đăng ký hộ tịch", "Bộ Tư pháp",
            new(2008, 6, 2), ["Hộ tịch"], "Thông tư này hướng dẫn đăng ký hộ tịch.", expiry: new(2016, 1, 1));
        _undated = new LegalDocument(null, LegalDocumentType.Law, "Luật về hộ tịch chưa có ngày", "Quốc hội");
        _undated.AddProvision(ProvisionKind.Article, "1", "Phạm vi", "Văn bản về hộ tịch không có ngày ban hành.");

        new DocumentIndexBuilder(_directory).Build([_civilStatusLaw, _civilStatusDecree, _landDecree, _haNoiDecision, _hueDecision, _oldCircular, _undated]);
        _search = new LegalDocumentSearch(_directory);
    }

    private static LegalDocument Document(string number, LegalDocumentType type, string title, string issuer, DateOnly issued,
        string[] fields, string text, Guid? province = null, DateOnly? expiry = null)
    {
        var document = new LegalDocument(DocumentNumber.Parse(number), type, title, issuer, issueDate: issued, effectiveDate: issued.AddDays(45));
        document.SetDates(issued, issued.AddDays(45), expiry, null);
        document.SetFields(fields);
        document.SetScope(province);
        document.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", text);
        document.RefreshStatus(Today);
        return document;
    }

    private Guid[] Ids(LegalDocumentQuery query) => _search.Search(query).Hits.Select(h => h.Id).ToArray();

    [Fact]
    public void Text_without_diacritics_finds_documents_best_first()
    {
        var result = _search.Search(new LegalDocumentQuery("dang ky ho tich"));
        Assert.False(result.IndexRebuilding);
        Assert.Contains(_civilStatusLaw.Id, result.Hits.Select(h => h.Id));
        Assert.DoesNotContain(_landDecree.Id, result.Hits.Select(h => h.Id));
        var hit = result.Hits.Single(h => h.Id == _civilStatusLaw.Id);
        Assert.Equal(("60/2014/QH13", LegalDocumentType.Law, "Quốc hội", ValidityStatus.InForce), (hit.Number, hit.Type, hit.IssuingBody, hit.Status));
        Assert.Equal(new DateOnly(2014, 11, 20), hit.IssueDate);
        Assert.Equal((new DateOnly(2015, 1, 4), (DateOnly?)null, (Guid?)null), (hit.EffectiveDate, hit.ExpiryDate, hit.ProvinceId));
        Assert.Equal(["Hộ tịch"], hit.Fields);
        Assert.Equal("Luật Hộ tịch", hit.Title);

        var local = _search.Search(new LegalDocumentQuery("15/2023/QĐ-UBND")).Hits[0];
        Assert.Equal((_haNoiDecision.Id, (Guid?)HaNoi), (local.Id, local.ProvinceId));
        var expired = _search.Search(new LegalDocumentQuery("01/2008/TT-BTP")).Hits[0];
        Assert.Equal((_oldCircular.Id, (DateOnly?)new DateOnly(2016, 1, 1)), (expired.Id, expired.ExpiryDate));
        var undated = _search.Search(new LegalDocumentQuery("chưa có ngày")).Hits[0];
        Assert.Equal((_undated.Id, (string?)null, (DateOnly?)null), (undated.Id, undated.Number, undated.IssueDate));
    }

    [Fact]
    public void Document_number_finds_its_document_first()
    {
        Assert.Equal(_civilStatusDecree.Id, Ids(new("123/2015/NĐ-CP"))[0]);
    }

    [Fact]
    public void Facets_count_every_dimension_over_the_results()
    {
        var result = _search.Search(new LegalDocumentQuery("hộ tịch"));
        Assert.Equal(DocumentFields.FacetDimensions, result.Facets.Select(f => f.Dimension));
        var counts = result.Facets.ToDictionary(f => f.Dimension, f => f.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(result.Total, counts[DocumentFields.Type].Values.Sum());
        Assert.Equal(2, counts[DocumentFields.Type][nameof(LegalDocumentType.Law)]);
        Assert.Equal(1, counts[DocumentFields.Type][nameof(LegalDocumentType.Decree)]);
        Assert.Equal(4, counts[DocumentFields.Field]["Hộ tịch"]);
        Assert.Equal(1, counts[DocumentFields.Field]["Dân sự"]);
        Assert.Equal(1, counts[DocumentFields.Status][nameof(ValidityStatus.Expired)]);
        Assert.Equal(1, counts[DocumentFields.Year]["2023"]);
        Assert.Equal(1, counts[DocumentFields.Scope][HaNoi.ToString()]);
        Assert.Equal(2, counts[DocumentFields.IssuingBody]["Quốc hội"]);
    }

    [Fact]
    public void Facets_not_asked_for_are_not_counted_and_the_results_stay_the_same()
    {
        var counted = _search.Search(new LegalDocumentQuery("hộ tịch"));
        var uncounted = _search.Search(new LegalDocumentQuery("hộ tịch", CountFacets: false));
        Assert.Empty(uncounted.Facets);
        Assert.Equal(counted.Total, uncounted.Total);
        Assert.Equal(counted.Hits.Select(h => h.Id), uncounted.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Facets_follow_a_document_changed_after_its_segment_was_counted()
    {
        using var directory = new RAMDirectory();
        new DocumentIndexBuilder(directory).Build([_civilStatusLaw, _civilStatusDecree, _landDecree]);
        using var writer = new Lucene.Net.Index.IndexWriter(directory, DocumentFields.CreateConfig(Lucene.Net.Index.OpenMode.APPEND));
        using var searchers = new Lucene.Net.Search.SearcherManager(writer, applyAllDeletes: true, null);
        using var search = new LegalDocumentSearch(new ManagedSource(searchers));
        int TypeCount(LegalDocumentType type) => search.Search(new LegalDocumentQuery("nghị định"))
            .Facets.Single(f => f.Dimension == DocumentFields.Type).Values.SingleOrDefault(v => v.Value == type.ToString())?.Count ?? 0;
        Assert.Equal(2, TypeCount(LegalDocumentType.Decree));

        // The land decree becomes a circular: its old entry is deleted in the first segment, the new one is in a second.
        var changed = Document("43/2014/TT-BTNMT", LegalDocumentType.Circular, "Thông tư thay nghị định về đất đai", "Bộ Tài nguyên và Môi trường",
            new(2014, 5, 15), ["Đất đai"], "Nghị định này quy định về giao đất.");
        var entry = DocumentFields.ToLucene(changed);
        entry.RemoveFields(DocumentFields.Id);
        entry.Add(new Lucene.Net.Documents.StringField(DocumentFields.Id, _landDecree.Id.ToString(), Lucene.Net.Documents.Field.Store.NO));
        entry.Add(new Lucene.Net.Documents.BinaryDocValuesField(DocumentFields.Id, new Lucene.Net.Util.BytesRef(_landDecree.Id.ToString())));
        writer.UpdateDocument(new Lucene.Net.Index.Term(DocumentFields.Id, _landDecree.Id.ToString()), entry);
        searchers.MaybeRefreshBlocking();

        Assert.Equal(1, TypeCount(LegalDocumentType.Decree));
        Assert.Equal(1, TypeCount(LegalDocumentType.Circular));
        var hit = search.Search(new LegalDocumentQuery("giao đất")).Hits.Single(h => h.Id == _landDecree.Id);
        Assert.Equal(("43/2014/TT-BTNMT", LegalDocumentType.Circular), (hit.Number, hit.Type));
    }

    /// <summary>Searchers refreshed from a writer, as the host keeps them.</summary>
    private sealed class ManagedSource(Lucene.Net.Search.SearcherManager searchers) : Justice.Search.Indexing.ISearcherSource
    {
        public Justice.Search.Indexing.SearcherLease Acquire() => new(searchers.Acquire(), searchers.Release, rebuilding: false);
    }

    [Fact]
    public void Filters_combine_and_values_within_one_are_alternatives()
    {
        Assert.Equal([_civilStatusDecree.Id, _landDecree.Id], Ids(new(Types: [LegalDocumentType.Decree], Sort: DocumentSort.DateDescending)));
        Assert.Equal([_landDecree.Id], Ids(new("nghị định", Types: [LegalDocumentType.Decree], Fields: ["Đất đai"])));
        Assert.Equal([_oldCircular.Id], Ids(new(IssuingBodies: ["Bộ Tư pháp"])));
        Assert.Equal([_oldCircular.Id], Ids(new(Statuses: [ValidityStatus.Expired])));
        Assert.Equal([_hueDecision.Id, _haNoiDecision.Id], Ids(new(FromYear: 2023, ToYear: 2023, Sort: DocumentSort.DateDescending)));
        Assert.Equal([_civilStatusLaw.Id, _landDecree.Id], Ids(new(FromYear: 2014, ToYear: 2014, Sort: DocumentSort.DateDescending)));
        Assert.Equal([_hueDecision.Id], Ids(new(ProvinceIds: [HuePlace])));
        Assert.Equal([_hueDecision.Id, _haNoiDecision.Id], Ids(new(Scope: DocumentScope.Local, Sort: DocumentSort.DateDescending)));
        Assert.DoesNotContain(_haNoiDecision.Id, Ids(new(Scope: DocumentScope.Central, Limit: 100)));
    }

    [Fact]
    public void In_force_only_leaves_out_expired_and_not_yet_in_force_documents()
    {
        var all = Ids(new("hộ tịch", Limit: 100));
        var inForce = Ids(new("hộ tịch", InForceOnly: true, Limit: 100));
        Assert.Contains(_oldCircular.Id, all);
        Assert.Contains(_undated.Id, all);
        Assert.DoesNotContain(_oldCircular.Id, inForce);
        Assert.DoesNotContain(_undated.Id, inForce);
        Assert.Contains(_civilStatusLaw.Id, inForce);
    }

    [Fact]
    public void Sorting_by_date_puts_undated_documents_last_both_ways()
    {
        var descending = Ids(new("hộ tịch", Sort: DocumentSort.DateDescending, Limit: 100));
        var ascending = Ids(new("hộ tịch", Sort: DocumentSort.DateAscending, Limit: 100));
        Assert.Equal([_haNoiDecision.Id, _civilStatusDecree.Id, _civilStatusLaw.Id, _oldCircular.Id, _undated.Id], descending);
        Assert.Equal([_oldCircular.Id, _civilStatusLaw.Id, _civilStatusDecree.Id, _haNoiDecision.Id, _undated.Id], ascending);
    }

    [Fact]
    public void Pages_follow_each_other_with_the_total()
    {
        var query = new LegalDocumentQuery(Sort: DocumentSort.DateAscending, Limit: 3);
        var first = _search.Search(query);
        var second = _search.Search(query with { Offset = 3 });
        var third = _search.Search(query with { Offset = 6 });
        Assert.Equal(7, first.Total);
        Assert.Equal(7, third.Total);
        Assert.Equal((3, 3, 1), (first.Hits.Count, second.Hits.Count, third.Hits.Count));
        Assert.Equal(7, first.Hits.Concat(second.Hits).Concat(third.Hits).Select(h => h.Id).Distinct().Count());
        Assert.Empty(_search.Search(query with { Offset = 10 }).Hits);
        Assert.Throws<ArgumentOutOfRangeException>(() => _search.Search(query with { Limit = LegalDocumentSearch.MaxLimit + 1 }));
    }

    [Fact]
    public void Snippet_is_escaped_html_with_the_matches_marked()
    {
        var hit = _search.Search(new LegalDocumentQuery("dang ky khai sinh")).Hits.Single(h => h.Id == _civilStatusDecree.Id);
        Assert.Equal("Nghị định này quy định chi tiết về <mark>đăng</mark> <mark>ký</mark> <mark>khai</mark> <mark>sinh</mark>, "
                     + "<mark>đăng</mark> <mark>ký</mark> kết hôn &lt;b&gt;và&lt;/b&gt; cấp bản sao.", hit.SnippetHtml);
        var land = _search.Search(new LegalDocumentQuery("thu hồi đất")).Hits.First(h => h.Id == _landDecree.Id);
        Assert.Contains("&amp;", land.SnippetHtml);
        Assert.DoesNotContain("<b>", land.SnippetHtml);
    }

    [Fact]
    public void A_misspelled_query_that_finds_nothing_gets_a_suggestion_with_diacritics()
    {
        var result = _search.Search(new LegalDocumentQuery("dang kyy ho tihc"));
        Assert.Equal(0, result.Total);
        Assert.Equal("đăng ký hộ tịch", result.Suggestion);
        Assert.NotEmpty(_search.Search(new LegalDocumentQuery(result.Suggestion)).Hits);
        Assert.Null(_search.Search(new LegalDocumentQuery("hộ tịch")).Suggestion);
    }

    [Fact]
    public void A_query_without_words_finds_nothing()
    {
        Assert.Equal(0, _search.Search(new LegalDocumentQuery(" ?! ")).Total);
    }

    public void Dispose()
    {
        _search.Dispose();
        _directory.Dispose();
    }
}
