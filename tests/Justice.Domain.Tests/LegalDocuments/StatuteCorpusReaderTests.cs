using System.Text;
using Justice.Domain.LegalDocuments;

namespace Justice.Domain.Tests.LegalDocuments;

public sealed class StatuteCorpusReaderTests
{
    private static readonly Lazy<IReadOnlyList<LegalDocument>> Numbered = new(() =>
    {
        using var stream = CorpusFiles.NumberedStatutes();
        return new StatuteCorpusReader().ReadDocuments(stream);
    });

    [Fact]
    public void Reads_the_numbered_corpus_four_documents_and_all_articles()
    {
        var documents = Numbered.Value;

        Assert.Equal(4, documents.Count);
        Assert.Equal(1_377, documents.Sum(d => d.Articles.Count()));
        Assert.Equal(["91/2015/QH13", "24/2018/QH14", "45/2019/QH14", "01/VBHN-VPQH"], documents.Select(d => d.Number!.Value));
        Assert.Equal([689, 43, 220, 425], documents.Select(d => d.Articles.Count()));
    }

    [Fact]
    public void Infers_types_and_issuers_from_numbers_and_text()
    {
        var byNumber = Numbered.Value.ToDictionary(d => d.Number!.Value);

        Assert.Equal(LegalDocumentType.CodeOfLaws, byNumber["91/2015/QH13"].Type);
        Assert.Equal(LegalDocumentType.Law, byNumber["24/2018/QH14"].Type);
        Assert.Equal(LegalDocumentType.CodeOfLaws, byNumber["45/2019/QH14"].Type);
        Assert.Equal(LegalDocumentType.ConsolidatedText, byNumber["01/VBHN-VPQH"].Type);
        Assert.Equal("Quốc hội", byNumber["91/2015/QH13"].IssuingBodyName);
        Assert.Equal("Văn phòng Quốc hội", byNumber["01/VBHN-VPQH"].IssuingBodyName);
        Assert.Equal("Bộ luật số 91/2015/QH13", byNumber["91/2015/QH13"].Title);
    }

    [Fact]
    public void Article_title_is_the_first_line_and_numbered_lines_are_clauses()
    {
        var civil = Numbered.Value[0];
        var article2 = civil.FindArticle("2")!;

        Assert.Equal("Công nhận, tôn trọng, bảo vệ và bảo đảm quyền dân sự", article2.Title);
        Assert.Equal("", article2.Text);
        var clauses = civil.ChildrenOf(article2).ToList();
        Assert.Equal(["1", "2"], clauses.Select(c => c.Number));
        Assert.All(clauses, c => Assert.Equal(ProvisionKind.Clause, c.Kind));
        Assert.StartsWith("Ở nước Cộng hòa xã hội chủ nghĩa Việt Nam", clauses[0].Text);

        var article1 = civil.FindArticle("1")!;
        Assert.Equal("Phạm vi điều chỉnh", article1.Title);
        Assert.StartsWith("Bộ luật này quy định địa vị pháp lý", article1.Text);
        Assert.Empty(civil.ChildrenOf(article1));
    }

    [Fact]
    public void Lettered_lines_are_points_of_their_clause()
    {
        var criminal = Numbered.Value[3];
        var article3 = criminal.FindArticle("3")!;
        var clause1 = criminal.ChildrenOf(article3).First();
        var points = criminal.ChildrenOf(clause1).ToList();

        Assert.Equal("Nguyên tắc xử lý", article3.Title);
        Assert.Equal("Đối với người phạm tội:", clause1.Text);
        Assert.True(points.Count >= 2);
        Assert.Equal(["a", "b"], points.Take(2).Select(p => p.Number));
        Assert.All(points, p => Assert.Equal(ProvisionKind.Point, p.Kind));
    }

    [Fact]
    public void Split_text_reads_back_as_the_source_for_every_article()
    {
        using var stream = CorpusFiles.NumberedStatutes();
        var entries = StatuteCorpusReader.ReadEntries(stream);
        var mismatches = new List<string>();
        foreach (var (entry, document) in entries.Zip(Numbered.Value))
        {
            foreach (var source in entry.Articles)
            {
                var article = document.FindArticle(source.Id)!;
                var lines = source.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                if (article.Title is not null) lines.RemoveAt(0);
                var expected = string.Join("\n\n", lines).Normalize(NormalizationForm.FormC);
                if (document.FullTextOf(article) != expected) mismatches.Add($"{entry.Id} Điều {source.Id}");
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Points_can_stay_in_their_clause_text_with_the_same_reading()
    {
        using var stream = CorpusFiles.NumberedStatutes();
        var compact = new StatuteCorpusReader(splitPoints: false).ReadDocuments(stream);

        Assert.DoesNotContain(compact.SelectMany(d => d.Provisions), p => p.Kind == ProvisionKind.Point);
        Assert.Equal(Numbered.Value.Sum(d => d.Provisions.Count(p => p.Kind == ProvisionKind.Clause)),
            compact.Sum(d => d.Provisions.Count(p => p.Kind == ProvisionKind.Clause)));
        var criminal = compact[3];
        var clause1 = criminal.ChildrenOf(criminal.FindArticle("3")).First();
        Assert.StartsWith("Đối với người phạm tội:\n\na) Mọi hành vi phạm tội", clause1.Text);
        foreach (var (split, whole) in Numbered.Value.Zip(compact))
            foreach (var article in whole.Articles)
                Assert.Equal(split.FullTextOf(split.FindArticle(article.Number)!), whole.FullTextOf(article));
    }

    [Fact]
    public void Nearly_every_article_of_the_codes_has_a_title()
    {
        var untitled = Numbered.Value.SelectMany(d => d.Articles).Count(a => a.Title is null);
        Assert.True(untitled < 5, $"{untitled} articles without a title");
    }

    [Fact]
    public void Entry_named_by_title_keeps_the_title_and_infers_the_type()
    {
        const string json = """
            [{"id": "Hiến pháp", "articles": [
                {"id": "3", "text": "Nhà nước bảo đảm và phát huy quyền làm chủ của Nhân dân."},
                {"id": "4", "text": "1. Đảng Cộng sản Việt Nam là lực lượng lãnh đạo Nhà nước và xã hội.\n\n2. Đảng gắn bó mật thiết với Nhân dân."}]},
             {"id": "Bộ luật dân sự", "articles": [{"id": "1", "text": "Phạm vi điều chỉnh\n\nBộ luật này quy định…"}]},
             {"id": "Luật Hôn nhân và gia đình", "articles": []},
             {"id": "Nghị định quy định chi tiết Luật Hộ tịch", "articles": []}]
            """;
        var documents = new StatuteCorpusReader().ReadDocuments(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.All(documents, d => Assert.Null(d.Number));
        Assert.Equal([LegalDocumentType.Constitution, LegalDocumentType.CodeOfLaws, LegalDocumentType.Law, LegalDocumentType.Decree],
            documents.Select(d => d.Type));
        Assert.Equal("Hiến pháp", documents[0].Title);
        Assert.Equal("Quốc hội", documents[0].IssuingBodyName);
        // A one-sentence article has no title; a numbered first line is a clause, not a title.
        var constitution = documents[0];
        Assert.Null(constitution.FindArticle("3")!.Title);
        Assert.Equal("Nhà nước bảo đảm và phát huy quyền làm chủ của Nhân dân.", constitution.FindArticle("3")!.Text);
        Assert.Null(constitution.FindArticle("4")!.Title);
        Assert.Equal(2, constitution.ChildrenOf(constitution.FindArticle("4")).Count());
    }

    [Fact]
    public void Metadata_supplies_what_the_corpus_lacks()
    {
        var entry = new StatuteCorpusEntry("52/2014/QH13", [new StatuteCorpusArticle("1", "Phạm vi điều chỉnh\n\nLuật này quy định…")]);
        var metadata = new StatuteMetadata("Luật Hôn nhân và gia đình", IssueDate: new(2014, 6, 19), EffectiveDate: new(2015, 1, 1),
            SignerName: "Nguyễn Sinh Hùng", SignerTitle: "Chủ tịch Quốc hội", Fields: ["Hôn nhân và gia đình"]);

        var document = new StatuteCorpusReader().ToDocument(entry, metadata);

        Assert.Equal(LegalDocumentType.Law, document.Type);
        Assert.Equal("Luật Hôn nhân và gia đình", document.Title);
        Assert.Equal(new DateOnly(2015, 1, 1), document.EffectiveDate);
        Assert.Equal("Nguyễn Sinh Hùng", document.SignerName);
        Assert.Equal(["Hôn nhân và gia đình"], document.Fields);
    }

    [Fact]
    public void Duplicate_article_numbers_in_the_corpus_are_refused()
    {
        var entry = new StatuteCorpusEntry("Luật Du lịch", [new("1", "A\n\nB"), new("1", "C\n\nD")]);
        var error = Assert.Throws<Justice.Domain.Common.DomainException>(() => new StatuteCorpusReader().ToDocument(entry));
        Assert.Equal("PROVISION_ARTICLE_NUMBER_DUPLICATE", error.Code);
    }

    [Fact]
    public void Reads_the_larger_corpus_by_title()
    {
        using var stream = CorpusFiles.TwentyEightLaws();
        var documents = new StatuteCorpusReader().ReadDocuments(stream);

        Assert.Equal(28, documents.Count);
        Assert.Equal(3_368, documents.Sum(d => d.Articles.Count()));
        Assert.Equal(LegalDocumentType.Constitution, documents.Single(d => d.Title == "Hiến pháp").Type);
        Assert.Equal(LegalDocumentType.CodeOfLaws, documents.Single(d => d.Title == "Bộ luật dân sự").Type);
        Assert.Equal(26, documents.Count(d => d.Type == LegalDocumentType.Law));
    }
}
