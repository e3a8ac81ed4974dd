using System.Text;
using Justice.Domain.LegalDocuments;
using Lucene.Net.Store;

namespace Justice.Search.Tests;

/// <summary>Searching a small index built from real articles and hand-made ones.</summary>
public sealed class LegalArticleSearchTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly LegalArticleSearch _search;
    private readonly LegalDocument _family;
    private readonly LegalDocument _decree;
    private readonly LegalDocument _marriageLaw;

    public LegalArticleSearchTests()
    {
        _family = new LegalDocument(null, LegalDocumentType.Law, "Luật Hôn nhân và gia đình", "Quốc hội");
        _family.AddProvision(ProvisionKind.Article, "8", "Điều kiện kết hôn", "Nam, nữ kết hôn với nhau phải tuân theo các điều kiện về hôn nhân.");
        _family.AddProvision(ProvisionKind.Article, "9", "Đăng ký kết hôn", "Việc kết hôn phải được đăng ký tại cơ quan nhà nước có thẩm quyền.");

        // Two articles that differ only by diacritics, so they are the same once folded.
        _decree = new LegalDocument(DocumentNumber.Parse("123/2015/NĐ-CP"), LegalDocumentType.Decree, "Nghị định quy định chi tiết Luật Hộ tịch", "Chính phủ");
        _decree.AddProvision(ProvisionKind.Article, "1", "Quy định riêng", "Hồ nhân tạo được quản lý theo quy định riêng.");
        _decree.AddProvision(ProvisionKind.Article, "2", "Quy định riêng", "Hộ nhận tạo được quản lý theo quy định riêng.");

        _marriageLaw = new LegalDocument(DocumentNumber.Parse("52/2014/QH13"), LegalDocumentType.Law, "Luật Hôn nhân và gia đình năm 2014", "Quốc hội");
        _marriageLaw.AddProvision(ProvisionKind.Article, "3", "Giải thích từ ngữ", "Quan hệ dân sự theo Bộ luật dân sự được áp dụng. Tài sản chung của vợ chồng.");

        new ArticleIndexBuilder(_directory).Build([_family, _decree, _marriageLaw]);
        _search = new LegalArticleSearch(_directory);
    }

    [Fact]
    public void Unaccented_query_finds_accented_text()
    {
        var hits = _search.Search("dang ky ket hon");
        Assert.Equal((_family.Id, "9"), (hits[0].DocumentId, hits[0].ArticleNumber));
        Assert.Equal("Luật Hôn nhân và gia đình", hits[0].DocumentTitle);
        Assert.Contains("đăng ký", hits[0].Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Snippet_marks_the_matched_words()
    {
        var hit = _search.Search("đăng ký kết hôn")[0];
        Assert.Equal("Việc kết hôn phải được đăng ký tại cơ quan nhà nước có thẩm quyền.", hit.Snippet);
        Assert.Equal(["kết", "hôn", "đăng", "ký"], hit.Highlights.Select(h => hit.Snippet.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Long_snippet_is_cut_around_the_first_match()
    {
        var document = new LegalDocument(null, LegalDocumentType.Law, "Luật thử", "Quốc hội");
        var filler = string.Join(' ', Enumerable.Repeat("quy định chung", 60));
        document.AddProvision(ProvisionKind.Article, "1", "Dài", filler + " về giám hộ " + filler);
        using var directory = new RAMDirectory();
        new ArticleIndexBuilder(directory).Build([document]);
        using var search = new LegalArticleSearch(directory);
        var hit = search.Search("giam ho")[0];
        Assert.StartsWith("…", hit.Snippet);
        Assert.EndsWith("…", hit.Snippet);
        Assert.True(hit.Snippet.Length <= 302, hit.Snippet);
        Assert.Equal(["giám", "hộ"], hit.Highlights.Select(h => hit.Snippet.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void D_stroke_and_d_match_both_ways()
    {
        Assert.Equal("9", _search.Search("dang ky")[0].ArticleNumber);
        Assert.Equal("9", _search.Search("đang kỳ")[0].ArticleNumber);
    }

    [Fact]
    public void Decomposed_query_finds_the_same_as_composed()
    {
        const string query = "điều kiện kết hôn";
        var composed = _search.Search(query).Select(h => (h.DocumentId, h.ArticleNumber));
        var decomposed = _search.Search(query.Normalize(NormalizationForm.FormD)).Select(h => (h.DocumentId, h.ArticleNumber));
        Assert.Equal(composed, decomposed);
        Assert.Equal("8", _search.Search(query.Normalize(NormalizationForm.FormD))[0].ArticleNumber);
    }

    [Fact]
    public void Exact_diacritics_rank_above_a_folded_only_match()
    {
        var folded = _search.Search("ho nhan tao");
        Assert.Equal(folded[0].Score, folded[1].Score);
        Assert.Equal(["1", "2"], folded.Take(2).Select(h => h.ArticleNumber).Order());

        var hits = _search.Search("hộ nhận tạo");
        Assert.Equal((_decree.Id, "2"), (hits[0].DocumentId, hits[0].ArticleNumber));
        Assert.Equal((_decree.Id, "1"), (hits[1].DocumentId, hits[1].ArticleNumber));
        Assert.True(hits[0].Score > hits[1].Score);
        var other = _search.Search("hồ nhân tạo");
        Assert.Equal((_decree.Id, "1"), (other[0].DocumentId, other[0].ArticleNumber));
        Assert.True(other[0].Score > other[1].Score);
    }

    [Fact]
    public void Document_number_is_found_whole_and_by_its_parts()
    {
        Assert.All(_search.Search("123/2015/NĐ-CP"), h => Assert.Equal(_decree.Id, h.DocumentId));
        Assert.Equal(_decree.Id, _search.Search("123/2015/nd-cp")[0].DocumentId);
        Assert.Equal(_marriageLaw.Id, _search.Search("52/2014/QH13")[0].DocumentId);
        Assert.Equal("52/2014/QH13", _search.Search("52/2014/QH13")[0].DocumentNumber);
        Assert.Equal(_marriageLaw.Id, _search.Search("QH13")[0].DocumentId);
        Assert.Equal(_decree.Id, _search.Search("NĐ-CP 123")[0].DocumentId);
    }

    [Fact]
    public void Quoted_phrase_must_occur_in_order()
    {
        var hits = _search.Search("\"kết hôn phải\"");
        Assert.Equal([(_family.Id, "9")], hits.Select(h => (h.DocumentId, h.ArticleNumber)));
        Assert.Empty(_search.Search("\"phải kết hôn\""));
        Assert.NotEmpty(_search.Search("kết hôn phải"));
    }

    [Fact]
    public void Abbreviations_expand_at_query_time()
    {
        Assert.Equal((_marriageLaw.Id, "3"), (_search.Search("BLDS")[0].DocumentId, _search.Search("BLDS")[0].ArticleNumber));
        Assert.Equal(_decree.Id, _search.Search("NĐ hộ tịch")[0].DocumentId);
        Assert.Contains("nghị định", LegalSynonyms.ExpansionsIn("NĐ quy định"));
        Assert.Empty(LegalSynonyms.ExpansionsIn("123/2015/NĐ-CP"));
    }

    [Fact]
    public void Index_on_disk_is_searched_like_the_one_in_memory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "justice-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var directory = new MMapDirectory(new DirectoryInfo(folder)))
                Assert.Equal(5, new ArticleIndexBuilder(directory).Build([_family, _decree, _marriageLaw]));
            using var reopened = new MMapDirectory(new DirectoryInfo(folder));
            using var search = new LegalArticleSearch(reopened);
            Assert.Equal(_search.Search("ket hon").Select(h => (h.DocumentId, h.ArticleNumber)),
                search.Search("ket hon").Select(h => (h.DocumentId, h.ArticleNumber)));
        }
        finally
        {
            if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Article_texts_read_as_the_document_writes_them()
    {
        foreach (var document in TestData.NumberedStatutes().Append(_family))
            Assert.All(ArticleTexts.Of(document), a => Assert.Equal(document.FullTextOf(a.Article), a.Text));
    }

    [Fact]
    public void Query_without_words_finds_nothing()
    {
        Assert.Empty(_search.Search(" ?! "));
    }

    public void Dispose()
    {
        _search.Dispose();
        _directory.Dispose();
    }
}
