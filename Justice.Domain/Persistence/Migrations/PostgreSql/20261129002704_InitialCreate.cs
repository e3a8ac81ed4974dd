using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdministrativeUnit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrativeUnit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdministrativeUnit_AdministrativeUnit_ParentId",
                        column: x => x.ParentId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdministrativeUnit_AdministrativeUnit_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodificationSubject",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationSubject", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AvailableAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AdministrativeUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisation_AdministrativeUnit_AdministrativeUnitId",
                        column: x => x.AdministrativeUnitId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisation_Organisation_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CodificationTopic",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectNumber = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AssignedMinistryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AppraisalRemarks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovalDecision = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationTopic", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationTopic_CodificationSubject_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "CodificationSubject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodificationTopic_Organisation_AssignedMinistryId",
                        column: x => x.AssignedMinistryId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocument",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IssuingBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuingBodyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    GazetteDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocument_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalDocument_Organisation_IssuingBodyId",
                        column: x => x.IssuingBodyId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CodificationChapter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    SourceCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationChapter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationChapter_CodificationTopic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "CodificationTopic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocumentAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocumentAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocumentAttachment_LegalDocument_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocumentRelation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TargetDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocumentRelation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocumentRelation_LegalDocument_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalDocumentRelation_LegalDocument_TargetDocumentId",
                        column: x => x.TargetDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalProvision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalProvision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalProvision_LegalDocument_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalProvision_LegalProvision_ParentId",
                        column: x => x.ParentId,
                        principalTable: "LegalProvision",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CodificationSection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChapterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationSection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationSection_CodificationChapter_ChapterId",
                        column: x => x.ChapterId,
                        principalTable: "CodificationChapter",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationSection_CodificationTopic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "CodificationTopic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CodificationArticle",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChapterId = table.Column<Guid>(type: "uuid", nullable: true),
                    SectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    GuidedArticleId = table.Column<Guid>(type: "uuid", nullable: true),
                    Symbol = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SourceDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceProvisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationArticle", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationArticle_GuidedArticleId",
                        column: x => x.GuidedArticleId,
                        principalTable: "CodificationArticle",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationChapter_ChapterId",
                        column: x => x.ChapterId,
                        principalTable: "CodificationChapter",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationSection_SectionId",
                        column: x => x.SectionId,
                        principalTable: "CodificationSection",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationTopic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "CodificationTopic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CodificationArticle_LegalDocument_SourceDocumentId",
                        column: x => x.SourceDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodificationArticle_LegalProvision_SourceProvisionId",
                        column: x => x.SourceProvisionId,
                        principalTable: "LegalProvision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnit_Code_ValidFrom",
                table: "AdministrativeUnit",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnit_ParentId",
                table: "AdministrativeUnit",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnit_SuccessorId",
                table: "AdministrativeUnit",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_Actor_OccurredAt",
                table: "AuditLogEntry",
                columns: new[] { "Actor", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_EntityType_EntityId",
                table: "AuditLogEntry",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_ChapterId",
                table: "CodificationArticle",
                column: "ChapterId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_GuidedArticleId",
                table: "CodificationArticle",
                column: "GuidedArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_SectionId",
                table: "CodificationArticle",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_SourceDocumentId",
                table: "CodificationArticle",
                column: "SourceDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_SourceProvisionId",
                table: "CodificationArticle",
                column: "SourceProvisionId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_TopicId_Position",
                table: "CodificationArticle",
                columns: new[] { "TopicId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_TopicId_Symbol",
                table: "CodificationArticle",
                columns: new[] { "TopicId", "Symbol" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationChapter_TopicId_Position",
                table: "CodificationChapter",
                columns: new[] { "TopicId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationSection_ChapterId_Position",
                table: "CodificationSection",
                columns: new[] { "ChapterId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationSection_TopicId",
                table: "CodificationSection",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationSubject_Number",
                table: "CodificationSubject",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationTopic_AssignedMinistryId_Status",
                table: "CodificationTopic",
                columns: new[] { "AssignedMinistryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CodificationTopic_Status",
                table: "CodificationTopic",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationTopic_SubjectId_Number",
                table: "CodificationTopic",
                columns: new[] { "SubjectId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_IssuingBodyId",
                table: "LegalDocument",
                column: "IssuingBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Number_Central",
                table: "LegalDocument",
                column: "Number",
                unique: true,
                filter: "\"ProvinceId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Number_ProvinceId",
                table: "LegalDocument",
                columns: new[] { "Number", "ProvinceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_ProvinceId",
                table: "LegalDocument",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Status_EffectiveDate",
                table: "LegalDocument",
                columns: new[] { "Status", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Type_IssueDate",
                table: "LegalDocument",
                columns: new[] { "Type", "IssueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocumentAttachment_LegalDocumentId",
                table: "LegalDocumentAttachment",
                column: "LegalDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocumentRelation_LegalDocumentId_Type_TargetDocumentId",
                table: "LegalDocumentRelation",
                columns: new[] { "LegalDocumentId", "Type", "TargetDocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocumentRelation_TargetDocumentId_Type",
                table: "LegalDocumentRelation",
                columns: new[] { "TargetDocumentId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalProvision_LegalDocumentId_Kind_Number",
                table: "LegalProvision",
                columns: new[] { "LegalDocumentId", "Kind", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalProvision_LegalDocumentId_Position",
                table: "LegalProvision",
                columns: new[] { "LegalDocumentId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalProvision_ParentId",
                table: "LegalProvision",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_AdministrativeUnitId",
                table: "Organisation",
                column: "AdministrativeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_Code",
                table: "Organisation",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_Kind",
                table: "Organisation",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_ParentId",
                table: "Organisation",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_Status_AvailableAt",
                table: "OutboxMessage",
                columns: new[] { "Status", "AvailableAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_Topic",
                table: "OutboxMessage",
                column: "Topic");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLogEntry");

            migrationBuilder.DropTable(
                name: "CodificationArticle");

            migrationBuilder.DropTable(
                name: "LegalDocumentAttachment");

            migrationBuilder.DropTable(
                name: "LegalDocumentRelation");

            migrationBuilder.DropTable(
                name: "OutboxMessage");

            migrationBuilder.DropTable(
                name: "CodificationSection");

            migrationBuilder.DropTable(
                name: "LegalProvision");

            migrationBuilder.DropTable(
                name: "CodificationChapter");

            migrationBuilder.DropTable(
                name: "LegalDocument");

            migrationBuilder.DropTable(
                name: "CodificationTopic");

            migrationBuilder.DropTable(
                name: "CodificationSubject");

            migrationBuilder.DropTable(
                name: "Organisation");

            migrationBuilder.DropTable(
                name: "AdministrativeUnit");
        }
    }
}
