using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Domain.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AvailableAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AdministrativeUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "AssetOwner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssetOwner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssetOwner_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssetOwner_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuctionOrganisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuctionOrganisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisation_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisation_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCase",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnforcementOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    JudgmentCourtName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JudgmentCourtId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JudgmentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    JudgmentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionIssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OfficerBadgeNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StatusChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsListedWithoutConditions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListedSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MoneyObligationTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    CollectedTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCase_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCase_Organisation_EnforcementOfficeId",
                        column: x => x.EnforcementOfficeId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCase_Organisation_JudgmentCourtId",
                        column: x => x.JudgmentCourtId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Auctioneer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PracticeCertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AuctionOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Auctioneer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Auctioneer_AuctionOrganisation_AuctionOrganisationId",
                        column: x => x.AuctionOrganisationId,
                        principalTable: "AuctionOrganisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuctionOrganisationSelectionNotice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetOwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetDescription = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    AssetType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartingPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    SelectionCriteria = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmissionDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SelectedAuctionOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SelectedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuctionOrganisationSelectionNotice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisationSelectionNotice_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisationSelectionNotice_AssetOwner_AssetOwnerId",
                        column: x => x.AssetOwnerId,
                        principalTable: "AssetOwner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisationSelectionNotice_AuctionOrganisation_SelectedAuctionOrganisationId",
                        column: x => x.SelectedAuctionOrganisationId,
                        principalTable: "AuctionOrganisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CollectedPayment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EnforcementCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectedPayment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectedPayment_EnforcementCase_EnforcementCaseId",
                        column: x => x.EnforcementCaseId,
                        principalTable: "EnforcementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementObligation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    FulfilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnforcementCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementObligation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementObligation_EnforcementCase_EnforcementCaseId",
                        column: x => x.EnforcementCaseId,
                        principalTable: "EnforcementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementParty",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    EnforcementCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementParty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementParty_EnforcementCase_EnforcementCaseId",
                        column: x => x.EnforcementCaseId,
                        principalTable: "EnforcementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicAuctionNotice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuctionOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetOwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelectionNoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetDescription = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    AssetType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartingPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    Deposit = table.Column<long>(type: "INTEGER", nullable: false),
                    ViewingFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ViewingTo = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ViewingPlace = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RegistrationDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuctionAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuctionPlace = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PostponementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultOutcome = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ResultWinningPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultNotSoldReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicAuctionNotice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AssetOwner_AssetOwnerId",
                        column: x => x.AssetOwnerId,
                        principalTable: "AssetOwner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AuctionOrganisationSelectionNotice_SelectionNoticeId",
                        column: x => x.SelectionNoticeId,
                        principalTable: "AuctionOrganisationSelectionNotice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AuctionOrganisation_AuctionOrganisationId",
                        column: x => x.AuctionOrganisationId,
                        principalTable: "AuctionOrganisation",
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
                name: "IX_AssetOwner_Kind_ProvinceId",
                table: "AssetOwner",
                columns: new[] { "Kind", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssetOwner_OrganisationId",
                table: "AssetOwner",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AssetOwner_ProvinceId",
                table: "AssetOwner",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Auctioneer_AuctionOrganisationId",
                table: "Auctioneer",
                column: "AuctionOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Auctioneer_PracticeCertificateNumber",
                table: "Auctioneer",
                column: "PracticeCertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisation_OrganisationId",
                table: "AuctionOrganisation",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisation_ProvinceId_Kind_Name",
                table: "AuctionOrganisation",
                columns: new[] { "ProvinceId", "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisation_ProvinceId_RegistrationNumber",
                table: "AuctionOrganisation",
                columns: new[] { "ProvinceId", "RegistrationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_AssetOwnerId",
                table: "AuctionOrganisationSelectionNotice",
                column: "AssetOwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_ProvinceId_PublishedAt",
                table: "AuctionOrganisationSelectionNotice",
                columns: new[] { "ProvinceId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_SelectedAuctionOrganisationId",
                table: "AuctionOrganisationSelectionNotice",
                column: "SelectedAuctionOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_SubmissionDeadline",
                table: "AuctionOrganisationSelectionNotice",
                column: "SubmissionDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_Actor_OccurredAt",
                table: "AuditLogEntry",
                columns: new[] { "Actor", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_EntityType_EntityId",
                table: "AuditLogEntry",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectedPayment_EnforcementCaseId",
                table: "CollectedPayment",
                column: "EnforcementCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_EnforcementOfficeId_FileNumber",
                table: "EnforcementCase",
                columns: new[] { "EnforcementOfficeId", "FileNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_EnforcementOfficeId_Status",
                table: "EnforcementCase",
                columns: new[] { "EnforcementOfficeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_IsListedWithoutConditions_ProvinceId",
                table: "EnforcementCase",
                columns: new[] { "IsListedWithoutConditions", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_JudgmentCourtId",
                table: "EnforcementCase",
                column: "JudgmentCourtId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_JudgmentNumber",
                table: "EnforcementCase",
                column: "JudgmentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_OfficerBadgeNumber",
                table: "EnforcementCase",
                column: "OfficerBadgeNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_ProvinceId",
                table: "EnforcementCase",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementObligation_EnforcementCaseId",
                table: "EnforcementObligation",
                column: "EnforcementCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementParty_EnforcementCaseId",
                table: "EnforcementParty",
                column: "EnforcementCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementParty_PersonalIdNumber",
                table: "EnforcementParty",
                column: "PersonalIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementParty_Role_NameFolded",
                table: "EnforcementParty",
                columns: new[] { "Role", "NameFolded" });

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

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_AssetOwnerId",
                table: "PublicAuctionNotice",
                column: "AssetOwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_AssetType_AuctionAt",
                table: "PublicAuctionNotice",
                columns: new[] { "AssetType", "AuctionAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_AuctionOrganisationId",
                table: "PublicAuctionNotice",
                column: "AuctionOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_ProvinceId_Status_AuctionAt",
                table: "PublicAuctionNotice",
                columns: new[] { "ProvinceId", "Status", "AuctionAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_SelectionNoticeId",
                table: "PublicAuctionNotice",
                column: "SelectionNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_Status_AuctionAt",
                table: "PublicAuctionNotice",
                columns: new[] { "Status", "AuctionAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Auctioneer");

            migrationBuilder.DropTable(
                name: "AuditLogEntry");

            migrationBuilder.DropTable(
                name: "CollectedPayment");

            migrationBuilder.DropTable(
                name: "EnforcementObligation");

            migrationBuilder.DropTable(
                name: "EnforcementParty");

            migrationBuilder.DropTable(
                name: "OutboxMessage");

            migrationBuilder.DropTable(
                name: "PublicAuctionNotice");

            migrationBuilder.DropTable(
                name: "EnforcementCase");

            migrationBuilder.DropTable(
                name: "AuctionOrganisationSelectionNotice");

            migrationBuilder.DropTable(
                name: "AssetOwner");

            migrationBuilder.DropTable(
                name: "AuctionOrganisation");

            migrationBuilder.DropTable(
                name: "Organisation");

            migrationBuilder.DropTable(
                name: "AdministrativeUnit");
        }
    }
}
